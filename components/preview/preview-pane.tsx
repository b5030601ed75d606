"use client";

import { memo } from "react";
import { lazyPart } from "@/components/ui/lazy-part";
import type { PreviewSource } from "./use-order-preview";

/**
 * The drafting pipeline is most of the wizard's JavaScript, so it is its own chunk, fetched when
 * the preview first renders in the browser rather than before the page can hydrate. The server
 * still renders the preview into the page's HTML: React keeps that HTML on screen until the
 * chunk arrives, then hydrates it; the form is usable meanwhile.
 */
const LivePreview = lazyPart(() => import("./live-preview").then((module) => module.LivePreview), {
  loading: <p className="text-sm text-muted">Preparing the preview…</p>,
  failed: <p className="text-sm text-muted">The preview could not be loaded; it will appear once the connection is back.</p>,
});

/**
 * The order as it will print. `drafted` is what to draft it from (see `useOrderPreview`);
 * `isStale` is unused: whether the preview lags is known only where the order is drafted.
 * Memoized so that a keystroke re-renders the preview only when the deferred answers change,
 * which also leaves the server-rendered preview alone while its chunk is still loading.
 */
export const PreviewPane = memo(function PreviewPane({ drafted }: { drafted: PreviewSource; isStale?: boolean }) {
  return (
    <div className="order-preview">
      <LivePreview draft={drafted.draft} today={drafted.today} />
    </div>
  );
});
