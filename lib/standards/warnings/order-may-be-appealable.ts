import type { OrderEffect } from "@/lib/motion/schema";
import type { WarningCheck } from "./warning-check";

/**
 * The provision under which an order that did this may be appealable as of right (library
 * authority and proposition). Absent: § 1292(b) is the way, as 9 U.S.C. § 16(b) says of an order
 * compelling arbitration or granting a § 3 stay.
 */
const APPEALABLE_UNDER: Partial<Record<OrderEffect, { authorityId: string; propositionId: string }>> = {
  "granted-injunction": { authorityId: "28-usc-1292-a-1", propositionId: "injunctions" },
  "refused-injunction": { authorityId: "28-usc-1292-a-1", propositionId: "injunctions" },
  "modified-injunction": { authorityId: "28-usc-1292-a-1", propositionId: "injunctions" },
  "refused-to-compel-arbitration": { authorityId: "9-usc-16-a-1", propositionId: "denying-arbitration" },
  "refused-arbitration-stay": { authorityId: "9-usc-16-a-1", propositionId: "refusing-stay" },
  "admiralty-decree": { authorityId: "28-usc-1292-a-3", propositionId: "admiralty-decrees" },
  "collateral-order": { authorityId: "mitchell-v-forsyth", propositionId: "qualified-immunity-appealable" },
  "final-judgment": { authorityId: "28-usc-1291", propositionId: "final-decisions" },
};

/**
 * § 1292(b) reaches an order "not otherwise appealable": an order that is appealable as of right
 * needs no certification (and the time to appeal it runs anyway). A prompt, not a finding: whether
 * the order falls in the category is for the court.
 * @see 28 U.S.C. §§ 1291, 1292(a)(1), (a)(3), (b); 9 U.S.C. § 16
 */
export const orderMayBeAppealable: WarningCheck = (draft) => {
  const { effect: answered, isFinalJudgment } = draft.orderUnderReview;
  const effect = answered ?? (isFinalJudgment === true ? "final-judgment" : undefined);
  const provision = effect ? APPEALABLE_UNDER[effect] : undefined;
  return effect && provision ? { code: "order-may-be-appealable", step: "order", effect, ...provision } : undefined;
};
