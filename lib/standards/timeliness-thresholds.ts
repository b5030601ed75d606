import type { CircuitId } from "@/lib/courts/circuits";

/**
 * Days after entry of the order under review beyond which the engine flags a motion to certify as
 * possibly untimely. REVIEW FLAGS, NOT RULES: § 1292(b) sets no deadline for the motion in the
 * district court (its 10 days run only for the petition in the court of appeals, from the
 * certifying order). The Seventh Circuit requires the motion to be filed in the district court
 * "within a reasonable time" after the order (Ahrenholz v. Bd. of Trs. of Univ. of Ill., 219 F.3d
 * 674, 675-76 (7th Cir. 2000)); courts elsewhere weigh unexplained delay against certification,
 * chiefly under "materially advance". No number here comes from a rule or a holding.
 *
 * The values are deliberately low, so that the clerk looks at the delay and the order addresses
 * it: a needless flag costs a glance, a missed one may cost a ground for decision.
 * - 7th Cir.: 30 days, where reasonable time is a requirement (the time an ordinary notice of
 *   appeal allows, FRAP 4(a)(1)(A), used here only as a familiar yardstick).
 * - Elsewhere: 60 days, where delay is one consideration among several.
 */
export const TIMELINESS_THRESHOLDS: Readonly<Record<CircuitId, number>> = {
  "1st": 60,
  "2d": 60,
  "3d": 60,
  "4th": 60,
  "5th": 60,
  "6th": 60,
  "7th": 30,
  "8th": 60,
  "9th": 60,
  "10th": 60,
  "11th": 60,
  dc: 60,
  fed: 60,
};
