import type { CorpusCase } from "./expect-schema";

/** Why the product cannot yet print a fact of a corpus order, grouped as the issues group the work. */
export type GapKind =
  /** Several motions or several orders under review in one order (issue 12, item 2). */
  | "several-motions-or-orders"
  /** Granted in part, denied in part (issue 12, item 3). */
  | "partial-grant"
  /** A further ruling in the same order (issue 12, item 5). */
  | "other-ruling"
  /** An element the court found, whose ground is not visible: the draft finds it only with a ground. */
  | "finding-without-ground"
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

const SUBSTANTIAL_GROUND_NOT_VISIBLE =
  "the court found substantial ground (the grant implies it) but the case file does not show on what ground; the draft finds the element only with one of its four grounds, and the fixture invents none";

export const KNOWN_GAPS: readonly KnownGap[] = [
  {
    case: "16",
    fact: "elements.substantialGround",
    expected: "met",
    kind: "finding-without-ground",
    why: SUBSTANTIAL_GROUND_NOT_VISIBLE,
  },
  {
    case: "18",
    fact: "elements.substantialGround",
    expected: "met",
    kind: "finding-without-ground",
    why: SUBSTANTIAL_GROUND_NOT_VISIBLE,
  },
  {
    case: "19",
    fact: "dispositions.certification",
    expected: "granted-in-part",
    kind: "partial-grant",
    why: "the draft decides certification as a whole (grant or deny); the fixture grants, and the court granted in part",
  },
  {
    case: "19",
    fact: "mustContain",
    expected: "granted in part and denied in part",
    kind: "partial-grant",
    why: 'with the stay denied the introduction says "GRANTS in part and DENIES in part" of the motion as a whole, never the certification itself',
  },
  {
    case: "21",
    fact: "prose.placeholder",
    expected: "[Judge]",
    kind: "not-visible",
    why: 'the judge is not visible in the case file; an unanswered judge prints "/s/ [Judge]" (readiness asks for it before export)',
  },
  {
    case: "22",
    fact: "elements.substantialGround",
    expected: "met",
    kind: "finding-without-ground",
    why: SUBSTANTIAL_GROUND_NOT_VISIBLE,
  },
  {
    case: "23",
    fact: "elements.substantialGround",
    expected: "met",
    kind: "finding-without-ground",
    why: SUBSTANTIAL_GROUND_NOT_VISIBLE,
  },
];
