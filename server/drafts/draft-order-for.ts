import "server-only";
import type { MotionDraft } from "@/lib/motion/schema";
import { draftOrder, type DraftedOrder } from "@/lib/order/draft-order";
import { readiness } from "@/lib/standards/readiness";
import { logError } from "@/server/log";

/** A saved version's order, and whether it is ready to sign; undefined when it cannot be drafted yet. */
export function draftOrderFor(data: MotionDraft): { drafted?: DraftedOrder; isReady: boolean } {
  const isReady = readiness(data).length === 0;
  try {
    return { drafted: draftOrder(data), isReady };
  } catch (error) {
    // A draft too incomplete to order (no court yet): the page says so instead of failing. A ready
    // draft that cannot be drafted is a bug in the pipeline: logged, never shown.
    if (isReady) logError(error, { where: "draftOrderFor" });
    return { isReady: false };
  }
}
