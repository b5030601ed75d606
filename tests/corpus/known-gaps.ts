import type { CorpusCase } from "./expect-schema";

/** Why the product cannot yet print a fact of a corpus order, grouped as the issues group the work. */
export type GapKind =
  /** Several motions or several orders under review in one order (issue 12, item 2). */
  | "several-motions-or-orders"
  /** A further ruling in the same order (issue 12, item 5). */
  | "other-ruling"
  /** A party named one way in the caption and another in the text. */
  | "party-names"
  /** The motion's title as filed, printed as the court prints it ("Plaintiff's Motion to Certify …"). */
  | "motion-title"
  /** An answer the case file does not show, which the order then prints as a placeholder. */
  | "not-visible";

/**
 * A fact of a corpus order the product misses: `fact` as `checkFacts` names it and `expected` as
 * expect.json gives it, or `prose.<rule>` and the excerpt for a finding of the prose check.
 */
export type KnownGap = { case: CorpusCase; fact: string; expected: string; kind: GapKind; why: string };

export const KNOWN_GAPS: readonly KnownGap[] = [
  {
    case: "21",
    fact: "prose.placeholder",
    expected: "[Judge]",
    kind: "not-visible",
    why: 'the judge is not visible in the case file; an unanswered judge prints "/s/ [Judge]" (readiness asks for it before export)',
  },
];
