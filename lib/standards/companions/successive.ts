import type { MotionDraft } from "@/lib/motion/schema";
import type { SuccessiveFindings } from "../types";

/**
 * Whether the motion renews a request to certify the same order that the court already denied
 * (seed 001), and whether it raises anything new.
 */
export function evaluateSuccessive(draft: MotionDraft): SuccessiveFindings {
  const s = draft.successive;
  return {
    isSuccessive: s.isSuccessive === true,
    ...(s.raisesNewGrounds !== undefined ? { raisesNewGrounds: s.raisesNewGrounds } : {}),
    ...(s.reasoning?.trim() ? { reasoning: s.reasoning } : {}),
  };
}
