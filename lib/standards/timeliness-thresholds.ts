import type { CircuitId } from "@/lib/courts/circuits";

/**
 * Each court of appeals' rule on when a motion to certify must be made in the district court, and
 * the number of days after entry of the order under review beyond which the engine flags the
 * motion as possibly untimely.
 *
 * § 1292(b) sets no deadline for the motion in the district court: its ten days run only for the
 * application to the court of appeals, from the certifying (or amended, FRAP 5(a)(3)) order. The
 * Seventh Circuit adds a non-statutory requirement that the motion be filed "within a reasonable
 * time after the order sought to be appealed" (Ahrenholz v. Bd. of Trs. of Univ. of Ill., 219 F.3d
 * 674, 675-76 (7th Cir. 2000)). For the other circuits the library verifies no holding on the
 * point; a court may still weigh unexplained delay, chiefly under "materially advance" (general
 * practice, AUTHORITIES.md §c.5, not verified as any circuit's holding).
 *
 * The day counts are REVIEW FLAGS, NOT RULES: no number comes from a rule or a holding. They are
 * deliberately low, so that the clerk looks at the delay and the order addresses it: a needless
 * flag costs a glance, a missed one may cost a ground for decision.
 * - 7th Cir.: 30 days, where reasonable time is a requirement (the time an ordinary notice of
 *   appeal allows, FRAP 4(a)(1)(A), used here only as a familiar yardstick).
 * - Elsewhere: 60 days, where delay is one consideration among several.
 */
export type TimelinessRule = {
  /** "reasonable-time": the circuit requires the motion within a reasonable time; "none-verified": no circuit rule in the library. */
  kind: "reasonable-time" | "none-verified";
  /** The rule in a sentence, for the clerk (not order text). */
  rule: string;
  /** The proposition that states the rule, when one is verified. */
  source?: { authorityId: string; propositionId: string };
  /** Days after the order under review beyond which the engine warns. */
  thresholdDays: number;
};

const NONE_VERIFIED: TimelinessRule = {
  kind: "none-verified",
  rule: "No time limit: § 1292(b) sets none for the motion in the district court, and no holding of this court of appeals on the point is verified. Unexplained delay may still weigh against certification.",
  thresholdDays: 60,
};

/**
 * Per court of appeals: its timeliness rule and the warning threshold.
 * @see 28 U.S.C. § 1292(b); Ahrenholz v. Bd. of Trs. of Univ. of Ill., 219 F.3d 674, 675-76 (7th Cir. 2000)
 */
export const TIMELINESS_RULES: Readonly<Record<CircuitId, TimelinessRule>> = {
  "1st": NONE_VERIFIED,
  "2d": NONE_VERIFIED,
  "3d": NONE_VERIFIED,
  "4th": NONE_VERIFIED,
  "5th": NONE_VERIFIED,
  "6th": NONE_VERIFIED,
  "7th": {
    kind: "reasonable-time",
    rule: 'The motion must be filed in the district court "within a reasonable time after the order sought to be appealed": a requirement the Seventh Circuit adds to the statute\'s.',
    source: { authorityId: "ahrenholz-v-board-of-trustees", propositionId: "reasonable-time" },
    thresholdDays: 30,
  },
  "8th": NONE_VERIFIED,
  "9th": NONE_VERIFIED,
  "10th": NONE_VERIFIED,
  "11th": NONE_VERIFIED,
  dc: NONE_VERIFIED,
  fed: NONE_VERIFIED,
};

/** The warning thresholds alone, in days, per court of appeals (see TIMELINESS_RULES). */
export const TIMELINESS_THRESHOLDS: Readonly<Record<CircuitId, number>> = {
  "1st": TIMELINESS_RULES["1st"].thresholdDays,
  "2d": TIMELINESS_RULES["2d"].thresholdDays,
  "3d": TIMELINESS_RULES["3d"].thresholdDays,
  "4th": TIMELINESS_RULES["4th"].thresholdDays,
  "5th": TIMELINESS_RULES["5th"].thresholdDays,
  "6th": TIMELINESS_RULES["6th"].thresholdDays,
  "7th": TIMELINESS_RULES["7th"].thresholdDays,
  "8th": TIMELINESS_RULES["8th"].thresholdDays,
  "9th": TIMELINESS_RULES["9th"].thresholdDays,
  "10th": TIMELINESS_RULES["10th"].thresholdDays,
  "11th": TIMELINESS_RULES["11th"].thresholdDays,
  dc: TIMELINESS_RULES.dc.thresholdDays,
  fed: TIMELINESS_RULES.fed.thresholdDays,
};
