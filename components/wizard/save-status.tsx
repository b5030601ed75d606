"use client";

import { useDraftContext } from "./draft-context";

/** "Saving…" / "Saved in this browser": quiet, and announced politely. */
export function SaveStatus() {
  const { state } = useDraftContext();
  if (state.status !== "ready") return null;
  return (
    <p className="text-sm text-white/90" role="status" aria-live="polite">
      {state.isDirty ? "Saving…" : state.savedAt ? "Saved in this browser" : ""}
    </p>
  );
}
