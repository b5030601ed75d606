import { daysBetween } from "@/lib/dates";
import type { WarningCheck } from "./warning-check";

/** The motion's filing date precedes the entry of the order it asks to certify: one of the dates is likely wrong. */
export const motionBeforeOrder: WarningCheck = (draft) => {
  const { date: orderDate } = draft.orderUnderReview;
  const { filedDate } = draft.motion;
  if (!orderDate || !filedDate) return undefined;
  return daysBetween(orderDate, filedDate) < 0 ? { code: "motion-before-order", step: "motion" } : undefined;
};
