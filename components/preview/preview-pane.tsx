"use client";

import { memo } from "react";
import { lazyPart } from "@/components/ui/lazy-part";
import type { MotionDraft } from "@/lib/motion/schema";

/**
 * The drafting pipeline is most of the wizard's JavaScript, so it is its own chunk, fetched when
 * the preview first renders in the browser rather than before the page can hydrate. The server
 * still renders the preview into the page's HTML: React keeps that HTML on screen until the
 * chunk arrives, then hydrates it; the form is usable meanwhile.
 */
const LivePreview = lazyPart(() => import("./live-preview").then((module) => module.LivePreview), {
  loading: <p className="text-sm text-muted">Preparing the preview…</p>,
  failed: (
    <p className="text-sm text-muted">The preview could not be loaded; it will appear once the connection is back.</p>
  ),
});

/**
 * The order as it will print, drafted from `draft` (the answers as typed). Pass a
 * deferred draft so typing never waits for it. Memoized so that a keystroke re-renders the preview
 * only when the deferred answers change, which also leaves the server-rendered preview alone while
 * its chunk is still loading.
 */
export const PreviewPane = memo(function PreviewPane({ draft }: { draft: MotionDraft }) {
  return (
    <div className="order-preview">
      <LivePreview draft={draft} />
    </div>
  );
});
