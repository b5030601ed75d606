import { findDistrict, type CircuitId } from "@/lib/courts";
import type { MotionDraft } from "@/lib/motion/schema";

/**
 * The court of appeals that would hear a § 1292(b) appeal, whose law the order applies: the
 * Federal Circuit when the action is within its jurisdiction, otherwise the district's circuit;
 * undefined while the district is unknown.
 * @see 28 U.S.C. § 1292(b) ("The Court of Appeals which would have jurisdiction of an appeal of such action"), § 1292(c)(1)
 */
export function appellateCircuit(draft: MotionDraft): CircuitId | undefined {
  if (draft.case.isWithinFederalCircuitJurisdiction === true) return "fed";
  return draft.case.districtId ? findDistrict(draft.case.districtId)?.circuit : undefined;
}
