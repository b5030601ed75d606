"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { statusLabel } from "@/components/drafts/draft-tabs";
import { useDraftContext } from "./draft-context";
import { TheirVersion } from "./their-version";

/** What the clerk must know about the server copy: a conflict to settle, a lock, a failed save. */
export function SyncBanner() {
  const { sync, resolveConflict, today } = useDraftContext();
  const [isShowingTheirs, setIsShowingTheirs] = useState(false);
  const [isBusy, setIsBusy] = useState(false);
  if (sync.kind === "locked") {
    return (
      <div role="status" className="mx-auto mt-4 max-w-[110rem] px-4">
        <p className="rounded border border-line bg-white px-4 py-3">
          This draft is {statusLabel(sync.status).toLowerCase()}, so it cannot be edited here.{" "}
          {sync.status === "in-review" ? "The judge can return it for changes." : ""}
        </p>
      </div>
    );
  }
  if (sync.kind === "failed") {
    return (
      <div role="alert" className="mx-auto mt-4 max-w-[110rem] px-4">
        <p className="rounded border border-danger bg-white px-4 py-3 text-danger">{sync.message}</p>
      </div>
    );
  }
  if (sync.kind !== "conflict") return null;
  const choose = async (choice: "mine" | "theirs") => {
    setIsBusy(true);
    await resolveConflict(choice);
    setIsBusy(false);
    setIsShowingTheirs(false);
  };
  return (
    <section aria-labelledby="conflict-title" className="mx-auto mt-4 max-w-[110rem] px-4">
      <div role="alert" className="rounded border-2 border-caution bg-white px-4 py-3">
        <h2 id="conflict-title" className="font-semibold">
          Someone else saved this draft while you were editing (revision {sync.theirs.revision})
        </h2>
        <p className="mt-1 text-sm text-muted">
          Your changes are not lost: they are still on this screen and kept in this browser. Choose what to keep.
        </p>
        <div className="mt-3 flex flex-wrap gap-2">
          <Button onClick={() => setIsShowingTheirs((shown) => !shown)} aria-expanded={isShowingTheirs}>
            {isShowingTheirs ? "Hide the other version" : "See the other version"}
          </Button>
          <Button variant="primary" disabled={isBusy} onClick={() => void choose("mine")}>
            Keep mine as a new version
          </Button>
          <Button disabled={isBusy} onClick={() => void choose("theirs")}>
            Take theirs
          </Button>
        </div>
        {isShowingTheirs ? <TheirVersion theirs={sync.theirs.data} today={today} /> : null}
      </div>
    </section>
  );
}
