import type { MotionDraft } from "@/lib/motion/schema";

/** The entry date of every order under review that has one: the first and any further orders. */
export const orderDates = (draft: MotionDraft): string[] =>
  [draft.orderUnderReview.date, ...(draft.furtherOrders ?? []).map((order) => order.date)].filter(
    (date): date is string => date !== undefined,
  );

/** The filing date of every motion decided in the order that has one: the first and any further motions. */
export const motionFiledDates = (draft: MotionDraft): string[] =>
  [draft.motion.filedDate, ...(draft.furtherMotions ?? []).map((motion) => motion.filedDate)].filter(
    (date): date is string => date !== undefined,
  );
