import type { MotionDraft } from "@/lib/motion/schema";
import type { ReadinessItem } from "@/lib/standards/readiness";
import type { StepId } from "@/lib/standards/step-id";
import { draftReadiness, stepIdForItem } from "./step-status";

/**
 * The steps whose needs depend on answers given later, on the ruling step: the order of analysis
 * (a court that stops at an element not met need not reach the others; seed 000 decides only the
 * third) and the ruling itself (a stay left open is denied as moot with the certification).
 */
const DECIDED_BY_THE_RULING: ReadonlySet<StepId> = new Set([
  "controlling-question",
  "substantial-ground",
  "materially-advance",
  "reconsideration",
  "stay",
]);

/**
 * What Next insists on before leaving a step: what the order still needs from it, except on the
 * steps whose needs the ruling decides. Those answers stay marked "needed for the order" at their
 * fields and in the ruling step's list, so nothing is forgotten; they do not block the way forward.
 */
export function neededBeforeNext(draft: MotionDraft, stepId: StepId): ReadinessItem[] {
  if (DECIDED_BY_THE_RULING.has(stepId)) return [];
  return draftReadiness(draft).filter((item) => stepIdForItem(item) === stepId);
}
