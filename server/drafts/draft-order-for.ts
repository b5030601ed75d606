import "server-only";
import type { MotionDraft } from "@/lib/motion/schema";
import { draftOrder, type DraftedOrder } from "@/lib/order/draft-order";
import { readiness } from "@/lib/standards/readiness";
import { logError } from "@/server/log";

/** A saved version's order, and whether it is ready to sign; no order only when the pipeline failed. */
export function draftOrderFor(data: MotionDraft): { drafted?: DraftedOrder; isReady: boolean } {
  const isReady = readiness(data).length === 0;
  try {
    return { drafted: draftOrder(data), isReady };
  } catch (error) {
    // The pipeline drafts any valid draft, however incomplete (tests/property/docx.test.ts): a throw
    // here is a bug. Logged; the page says the order cannot be shown rather than failing whole.
    logError(error, { where: "draftOrderFor" });
    return { isReady: false };
  }
}
