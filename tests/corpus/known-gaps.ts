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

const MOTION_TITLE =
  'the court names the motion by its filed title where it announces the ruling; the product prints the filed title only in a "THIS MATTER" opening, in a title that states the ruling, and in a lone "IT IS ORDERED that" decree, while this opening and a grant\'s numbered decrees say "motion to certify" and "motion for certification"';

export const KNOWN_GAPS: readonly KnownGap[] = [
  {
    case: "16",
    fact: "mustContain",
    expected: "Motion to Certify Order for Interlocutory Appeal",
    kind: "motion-title",
    why: MOTION_TITLE,
  },
  {
    case: "19",
    fact: "mustContain",
    expected: "Joint Motion for Certification of Order for Interlocutory Appeal",
    kind: "motion-title",
    why: MOTION_TITLE,
  },
  {
    case: "20",
    fact: "dispositions.other",
    expected: "arguments for extending the deadline to file a notice of appeal: not reached (n.2)",
    kind: "other-ruling",
    why: "the draft holds no further request with its own ruling; the alternative relief is stated only in the relief sought",
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
    fact: "movant.names",
    expected: "Hardin County, Tennessee Board of Education",
    kind: "party-names",
    why: 'a party has one full name, the caption\'s ("Hardin County Board of Education"); the order names the movant in full otherwise',
  },
];
