import { daysBetween } from "@/lib/dates";
import { TIMELINESS_RULES } from "../timeliness-thresholds";
import type { WarningCheck } from "./warning-check";

/**
 * The motion came long after the order it asks to certify (a review flag, raised past the
 * circuit's threshold in TIMELINESS_RULES, which also states each circuit's rule). Needs both
 * dates and a known circuit.
 * @see Ahrenholz v. Bd. of Trs. of Univ. of Ill., 219 F.3d 674, 675-76 (7th Cir. 2000)
 */
export const untimelyMotion: WarningCheck = (draft, { circuit }) => {
  const { date: orderDate } = draft.orderUnderReview;
  const { filedDate } = draft.motion;
  if (!orderDate || !filedDate || !circuit) return undefined;
  const daysAfterOrder = daysBetween(orderDate, filedDate);
  const { thresholdDays } = TIMELINESS_RULES[circuit];
  return daysAfterOrder > thresholdDays
    ? { code: "untimely-motion", step: "motion", daysAfterOrder, thresholdDays, circuit }
    : undefined;
};
