import { daysBetween } from "@/lib/dates";
import { motionFiledDates, orderDates } from "./orders-and-motions";
import type { WarningCheck } from "./warning-check";

/** A motion's filing date precedes the entry of an order it asks to certify: one of the dates is likely wrong. */
export const motionBeforeOrder: WarningCheck = (draft) => {
  const orders = orderDates(draft);
  const filings = motionFiledDates(draft);
  return orders.some((order) => filings.some((filed) => daysBetween(order, filed) < 0))
    ? { code: "motion-before-order", step: "motion" }
    : undefined;
};
