import "server-only";
import type { MotionDraft } from "@/lib/motion/schema";
import { draftOrder, type DraftedOrder } from "@/lib/order/draft-order";
import { readiness } from "@/lib/standards/readiness";
import { logError } from "@/server/log";

/** The server's date (UTC) for orders drafted on the server: review pages and downloads. */
export const serverToday = (): string => new Date().toISOString().slice(0, 10);

/** A saved version's order, and whether it is ready to sign; undefined when it cannot be drafted yet. */
export function draftOrderFor(data: MotionDraft, today = serverToday()): { drafted?: DraftedOrder; isReady: boolean } {
  const isReady = readiness(data).length === 0;
  try {
    return { drafted: draftOrder(data, { today }), isReady };
  } catch (error) {
    // A draft too incomplete to order (no court yet): the page says so instead of failing. A ready
    // draft that cannot be drafted is a bug in the pipeline: logged, never shown.
    if (isReady) logError(error, { where: "draftOrderFor" });
    return { isReady: false };
  }
}
