"use client";

import { useDeferredValue, useMemo } from "react";
import type { MotionDraft } from "@/lib/motion/schema";

/** What the preview drafts the order from: the answers as typed, and today's date. */
export type PreviewSource = { draft: MotionDraft; today: string };

/**
 * The input of the live preview, deferred so typing never waits for it. The order itself is
 * drafted inside `PreviewPane`, in a chunk loaded after the page hydrates (the pipeline is too
 * large for the first page); the result keeps the shape `{ drafted, isStale }` that callers pass
 * on to `PreviewPane`, with `isStale` always false here (the pane knows when it lags).
 */
export function useOrderPreview(draft: MotionDraft, today: string): { drafted: PreviewSource; isStale: boolean } {
  const deferred = useDeferredValue(draft);
  const drafted = useMemo(() => ({ draft: deferred, today }), [deferred, today]);
  return { drafted, isStale: false };
}
