"use client";

import { useDeferredValue, useMemo, useState } from "react";
import type { MotionDraft } from "@/lib/motion/schema";
import { draftOrder, type DraftedOrder } from "@/lib/order/draft-order";
import { toValidDraft } from "@/lib/wizard/valid-draft";

type Attempt = { ok: true; drafted: DraftedOrder } | { ok: false };

function attempt(draft: MotionDraft, today: string): Attempt {
  const valid = toValidDraft(draft);
  if (!valid) return { ok: false };
  try {
    return { ok: true, drafted: draftOrder(valid, { today }) };
  } catch (error) {
    // A half-filled draft the pipeline cannot order yet: keep the last good preview, say so quietly.
    console.warn("Preview not updated:", error);
    return { ok: false };
  }
}

/**
 * The order as it will print, from the same pipeline as the Word file, recomputed as the clerk
 * types (deferred, so typing never waits for it). When the pipeline cannot draft the current
 * answers, the last good order is kept and `isStale` is true.
 */
export function useOrderPreview(draft: MotionDraft, today: string): { drafted?: DraftedOrder; isStale: boolean } {
  const deferred = useDeferredValue(draft);
  const result = useMemo(() => attempt(deferred, today), [deferred, today]);
  const [lastGood, setLastGood] = useState<DraftedOrder | undefined>(undefined);
  if (result.ok && result.drafted !== lastGood) setLastGood(result.drafted);
  return result.ok ? { drafted: result.drafted, isStale: false } : { drafted: lastGood, isStale: true };
}
