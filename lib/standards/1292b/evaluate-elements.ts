import type { MotionDraft } from "@/lib/motion/schema";
import type { ElementFinding, ElementId } from "../types";
import { ELEMENTS_1292B } from "./elements";
import { applyOrderOfAnalysis } from "./order-of-analysis";

/** Each element decided from the clerk's answers, then the chambers' order of analysis applied. */
export function evaluateElements(draft: MotionDraft): { elements: ElementFinding[]; notReached: ElementId[] } {
  const decided = ELEMENTS_1292B.map((element): ElementFinding => ({
    element: element.id,
    ...element.decide(draft.certification),
  }));
  return applyOrderOfAnalysis(decided, draft.analysis.order);
}
