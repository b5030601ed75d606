import type { WarningCheck } from "./warning-check";

/** A further motion decided in this order has no disposition: the decree would say nothing of it. */
export const furtherMotionUndecided: WarningCheck = (draft) => {
  const motionIds = (draft.furtherMotions ?? []).filter((motion) => !motion.decision).map((motion) => motion.id);
  return motionIds.length > 0 ? { code: "further-motion-undecided", step: "motion", motionIds } : undefined;
};

/**
 * Motions asking to certify the same order(s) are decided differently, and no order carries a
 * decision of its own: the order certifies an order on one motion while refusing it on another.
 */
export const motionsDecidedDifferently: WarningCheck = (draft) => {
  const first = draft.certification.decision;
  if (!first) return undefined;
  const perOrder = (draft.furtherOrders ?? []).some((order) => order.certificationDecision !== undefined);
  const motionIds = (draft.furtherMotions ?? [])
    .filter((motion) => motion.decision !== undefined && motion.decision !== first)
    .map((motion) => motion.id);
  return motionIds.length > 0 && !perOrder
    ? { code: "motions-decided-differently", step: "motion", motionIds }
    : undefined;
};

/**
 * A further order's certification is decided apart from the certification decision. On a grant the
 * order declines to certify it (a warning: the discussion should say why); on a denial nothing is
 * certified, so an order "certified" on its own is lost (an error).
 */
export const orderDecidedApart: WarningCheck = (draft) => {
  const { decision } = draft.certification;
  if (!decision) return undefined;
  // A grant in part certifies: its further orders are held against a grant.
  const certification = decision === "grant-in-part" ? "grant" : decision;
  const orderIds = (draft.furtherOrders ?? [])
    .filter((order) => order.certificationDecision !== undefined && order.certificationDecision !== certification)
    .map((order) => order.id);
  return orderIds.length > 0 ? { code: "order-decided-apart", step: "order", orderIds, certification } : undefined;
};
