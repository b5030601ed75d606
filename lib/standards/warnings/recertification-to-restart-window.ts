import { RECERTIFICATION_POSITIONS } from "../recertification-positions";
import type { WarningCheck } from "./warning-check";

/**
 * The motion asks the court to re-enter or recertify an order it already certified, so that the
 * ten days to petition start again. Raised on every such request, with the circuit's position:
 * the Seventh (Groves) and D.C. (Strange) Circuits hold it does not restart the jurisdictional
 * period; elsewhere it is unsettled here. Not FRAP 5(a)(3), which adds the statement to an order
 * that lacked it and does start the period from the amended order.
 * @see 28 U.S.C. § 1292(b); FRAP 5(a)(3)
 */
export const recertificationToRestartWindow: WarningCheck = (draft, { circuit }) => {
  if (draft.amendment.reentersCertifiedOrder !== true) return undefined;
  const holding = circuit ? RECERTIFICATION_POSITIONS[circuit].holding : "unsettled";
  return { code: "recertification-to-restart-window", step: "motion", ...(circuit ? { circuit } : {}), holding };
};
