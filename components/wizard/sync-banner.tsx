"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { statusLabel } from "@/components/drafts/draft-tabs";
import { ConflictFields } from "./conflict-fields";
import { useDraftContext } from "./draft-context";
import { TheirVersion } from "./their-version";

/** Where sign-in comes back to: this step of this draft. */
const signInAgainHref = () =>
  typeof window === "undefined" ? "/login" : `/login?next=${encodeURIComponent(window.location.pathname)}`;

/** What the clerk must know about the server copy: a conflict to settle, a lock, a lost session, a failed save. */
export function SyncBanner() {
  const { sync, resolveConflict } = useDraftContext();
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
  if (sync.kind === "signed-out") {
    return (
      <div role="alert" className="mx-auto mt-4 max-w-[110rem] px-4">
        <p className="rounded border border-danger bg-white px-4 py-3 text-danger">
          You were signed out. What you typed is kept in this browser, and is saved once you sign in again.{" "}
          <a href={signInAgainHref()} className="font-medium text-seal underline">
            Sign in again
          </a>
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
  const who = sync.isSameUser ? "You, in another tab," : "Someone else";
  const theirsName = sync.isSameUser ? "the other tab’s" : "theirs";
  return (
    <section aria-labelledby="conflict-title" className="mx-auto mt-4 max-w-[110rem] px-4">
      <div role="alert" className="rounded border-2 border-caution bg-white px-4 py-3">
        <h2 id="conflict-title" className="font-semibold">
          {who} saved this draft while you were editing (revision {sync.theirs.revision})
        </h2>
        <p className="mt-1 text-sm text-muted">
          Both changed {sync.conflicts.length === 1 ? "this answer" : "these answers"}. Everything else from both is
          already kept on this screen. Your answers are not lost: they are on this screen and kept in this browser.
        </p>
        <ConflictFields conflicts={sync.conflicts} theirsName={theirsName} />
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
        {isShowingTheirs ? <TheirVersion theirs={sync.theirs.data} /> : null}
      </div>
    </section>
  );
}
