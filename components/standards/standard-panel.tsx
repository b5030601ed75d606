"use client";

import { lazyPart } from "@/components/ui/lazy-part";

const box = "self-start rounded border border-line bg-paper p-4 text-sm text-muted";

/**
 * The standard for the court's circuit, beside the questions, and the chambers' choice of
 * authorities. The authority library (every proposition with its citation) is a chunk of its own,
 * shared with the preview's pipeline and fetched after the page hydrates: the wizard's first page
 * (the court) never shows it. The server still renders the panel into the page's HTML.
 */
export const StandardPanel = lazyPart(
  () => import("./standard-panel-content").then((module) => module.StandardPanelContent),
  {
    loading: <p className={box}>Loading the standard…</p>,
    failed: <p className={box}>The standard could not be loaded; it will appear once the connection is back.</p>,
  },
);
