"use client";

import { useDraftContext, type SyncStatus } from "./draft-context";

function words(sync: SyncStatus): string {
  switch (sync.kind) {
    case "saved":
      return "All changes saved";
    case "pending":
    case "saving":
      return "Saving…";
    case "merging":
      return "Merging with the latest version…";
    case "offline":
      return "Offline: kept in this browser, will save when the server is back";
    case "conflict":
      return sync.isSameUser ? "Not saved: you saved in another tab first" : "Not saved: someone else saved first";
    case "locked":
      return "Read only";
    case "signed-out":
      return "Not saved: signed out";
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
