import { daysBetween } from "@/lib/dates";
import { TIMELINESS_RULES } from "../timeliness-thresholds";
import { motionFiledDates, orderDates } from "./orders-and-motions";
import type { WarningCheck } from "./warning-check";

/**
 * A motion came long after an order it asks to certify (a review flag, raised past the circuit's
 * threshold in TIMELINESS_RULES, which also states each circuit's rule). With several orders or
 * motions, the longest delay from any order's entry to any motion's filing counts: each order's
 * certification must be sought within a reasonable time of its own entry. Needs the dates and a known circuit.
 * @see Ahrenholz v. Bd. of Trs. of Univ. of Ill., 219 F.3d 674, 675-76 (7th Cir. 2000)
 */
export const untimelyMotion: WarningCheck = (draft, { circuit }) => {
  const orders = orderDates(draft);
  const filings = motionFiledDates(draft);
  if (orders.length === 0 || filings.length === 0 || !circuit) return undefined;
  const daysAfterOrder = Math.max(...orders.flatMap((order) => filings.map((filed) => daysBetween(order, filed))));
  const { thresholdDays } = TIMELINESS_RULES[circuit];
  return daysAfterOrder > thresholdDays
    ? { code: "untimely-motion", step: "motion", daysAfterOrder, thresholdDays, circuit }
    : undefined;
};
