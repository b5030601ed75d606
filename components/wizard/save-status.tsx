"use client";

import { useDraftContext, type SyncState } from "./draft-context";

function words(sync: SyncState): string {
  switch (sync.kind) {
    case "saved":
      return "All changes saved";
    case "pending":
    case "saving":
      return "Saving…";
    case "offline":
      return "Offline: kept in this browser, will save when the server is back";
    case "conflict":
      return "Not saved: someone else saved first";
    case "locked":
      return "Read only";
    case "failed":
      return "Not saved";
  }
}

/** "Saving…" / "All changes saved": quiet, and announced politely. */
export function SaveStatus() {
  const { sync } = useDraftContext();
  return (
    <p className="text-sm text-white/90" role="status" aria-live="polite">
      {words(sync)}
    </p>
  );
}
