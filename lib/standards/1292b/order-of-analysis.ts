import type { MotionDraft } from "@/lib/motion/schema";
import type { ElementFinding, ElementId } from "../types";

export type OrderOfAnalysis = NonNullable<MotionDraft["analysis"]["order"]>;

/** The chambers' default: stop at the first failed element, as seed 002 does ("declines to address the additional elements"). */
export const DEFAULT_ORDER_OF_ANALYSIS: OrderOfAnalysis = "stop-at-first-failure";

/**
 * The one place "not reached" is decided. Under "stop-at-first-failure" every element after the
 * first one not met, and every unanswered one, is marked not reached (answers set aside); under
 * "all-elements" every finding stands. All three elements are required, so one failure suffices
 * to deny, and a court may decline to address the rest.
 */
export function applyOrderOfAnalysis(
  findings: readonly ElementFinding[],
  order: OrderOfAnalysis | undefined = DEFAULT_ORDER_OF_ANALYSIS,
): { elements: ElementFinding[]; notReached: ElementId[] } {
  if (order === "all-elements") return { elements: [...findings], notReached: [] };
  const firstFailure = findings.findIndex((f) => f.status === "not-met");
  if (firstFailure === -1) return { elements: [...findings], notReached: [] };
  // A court that stops at a failed element need not take the elements in statutory order (seed 000
  // goes straight to the third): an element left unanswered before the failure is not reached either.
  const elements = findings.map((finding, index): ElementFinding =>
    index > firstFailure || finding.status === "unanswered"
      ? { element: finding.element, status: "not-reached", reason: "not-reached" }
      : finding,
  );
  return { elements, notReached: elements.filter((f) => f.status === "not-reached").map((f) => f.element) };
}
