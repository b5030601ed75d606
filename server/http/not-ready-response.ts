import type { MotionDraft } from "@/lib/motion/schema";
import { readiness } from "@/lib/standards/readiness";
import { problemResponse } from "./problem-response";

/**
 * 422 "not ready" with what the order still needs, each at its answer's path, when the draft is not
 * ready to sign (a placeholder party, no ruling); undefined when it is. No Word file is made of it.
 */
export function notReadyResponse(draft: MotionDraft, extra: Record<string, unknown> = {}): Response | undefined {
  const missing = readiness(draft);
  if (missing.length === 0) return undefined;
  return problemResponse(
    "not-ready",
    missing.map((item) => ({ path: item.field, message: item.message })),
    extra,
  );
}
