"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { MotionDraft } from "@/lib/motion/schema";
import { withCitedSnapshots } from "@/lib/chambers-library/cited-in-draft";
import type { ChambersAuthorityRecord } from "@/lib/chambers-library/schema";
import { backupPlan } from "@/lib/wizard/backup-plan";
import { toValidDraft } from "@/lib/wizard/valid-draft";
import { callApi, type ApiResult } from "@/components/api/api-client";
import { clearBackup, readBackup, writeBackup } from "./draft-storage";
import type { DraftStatus } from "@/lib/workflow/schema";
import { isLocked } from "@/lib/workflow/status-rules";
import type { InitialDraft, VersionPayload } from "./draft-payload";

/** How long typing may pause before the draft is saved. */
export const SAVE_DELAY_MS = 300;
/** The longest a change waits for a pause in typing before it is saved anyway. */
export const SAVE_MAX_WAIT_MS = 2000;
/** How soon a save that could not reach the server is tried again. */
const RETRY_MS = 5000;

/** Where the server copy stands. */
export type SyncState =
  | { kind: "saved"; at: string }
  | { kind: "pending" }
  | { kind: "saving" }
  | { kind: "offline" }
  | { kind: "conflict"; theirs: VersionPayload }
  | { kind: "locked"; status: DraftStatus }
  | { kind: "failed"; message: string };

type DraftContextValue = {
  draftId: string;
  draft: MotionDraft;
  sync: SyncState;
  /** Bumped when the draft is replaced wholesale (take theirs, a restored backup): forms remount. */
  generation: number;
  /** Replaces the draft in memory (the preview follows at once) and saves it after a pause in typing. */
  update: (change: (draft: MotionDraft) => MotionDraft) => void;
  /** Saves now whatever is pending. */
  flush: () => void;
  /** Saves whatever is pending and resolves once the server has it (or the save failed): before leaving the wizard. */
  settle: () => Promise<void>;
  /** The answer to a conflict: keep mine as a new version on top of theirs, or take theirs. */
  resolveConflict: (choice: "mine" | "theirs") => Promise<void>;
  /** Today's date in the clerk's time zone, YYYY-MM-DD: the engine never reads the clock itself. */
  today: string;
};

const DraftContext = createContext<DraftContextValue | undefined>(undefined);

function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The draft as the server stores it (what is valid), in one key order, for comparisons. */
const canonical = (draft: MotionDraft): string => JSON.stringify(toValidDraft(draft) ?? null);

/**
 * A save refused as stale, when their version holds exactly what this save carried (this browser's
 * own save, sent as the page was left, landed after the page was drawn): nothing conflicts, so it
 * counts as saved on their revision.
 */
function alreadyLanded(
  saved: ApiResult<{ version: VersionPayload }>,
  json: string,
): ApiResult<{ version: VersionPayload }> {
  const theirs = staleTheirs(saved);
  return theirs && canonical(theirs.data) === json ? { ok: true, value: { version: theirs } } : saved;
}

/** Their version, when a write was refused because someone else saved first. */
function staleTheirs(result: ApiResult<unknown>): VersionPayload | undefined {
  if (result.ok || result.status !== 409 || result.body.reason !== "stale-revision") return undefined;
  return (result.body.conflict as { theirs: VersionPayload }).theirs;
}

/**
 * Holds one draft while the clerk works through the steps and saves every change to the server
 * as a new version on top of the revision it was typed on. The browser keeps a backup of what
 * was typed (valid or not) until the server has it, so nothing is lost offline; a save that
 * lost a race becomes a conflict for the clerk to settle, never a silent overwrite.
 */
export function DraftProvider({
  draftId,
  initial,
  children,
}: {
  draftId: string;
  initial: InitialDraft;
  children: ReactNode;
}) {
  const [draft, setDraft] = useState<MotionDraft>(initial.data);
  const [sync, setSync] = useState<SyncState>(
    isLocked(initial.status) ? { kind: "locked", status: initial.status } : { kind: "saved", at: initial.savedAt },
  );
  const [generation, setGeneration] = useState(0);
  const [today] = useState(localToday);
  const latest = useRef(initial.data);
  const revision = useRef(initial.revision);
  const lastSaved = useRef(canonical(initial.data));
  const blocked = useRef(isLocked(initial.status));
  const isDirty = useRef(false);
  const inFlight = useRef(false);
  const saving = useRef<Promise<void>>(Promise.resolve());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pendingSince = useRef<number | undefined>(undefined);
  /** The chambers' own library, so a draft keeps a snapshot of the chambers authorities its markers cite. */
  const chambersLibrary = useRef<readonly ChambersAuthorityRecord[]>([]);

  useEffect(() => {
    void callApi<{ authorities: ChambersAuthorityRecord[] }>("GET", "/api/chambers-authorities").then((answer) => {
      if (answer.ok) chambersLibrary.current = answer.value.authorities;
    });
  }, []);

  const replaceDraft = useCallback((next: MotionDraft) => {
    latest.current = next;
    setDraft(next);
    setGeneration((n) => n + 1);
  }, []);

  /** The server holds `json` (the valid part of the answers) as `version`: carry on from it. */
  const settleOn = useCallback((version: VersionPayload, json: string) => {
    revision.current = version.revision;
    lastSaved.current = json;
    blocked.current = false;
    setSync({ kind: "saved", at: version.createdAt });
  }, []);

  const flush = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    pendingSince.current = undefined;
    if (!isDirty.current) return;
    const typed = latest.current;
    const valid = toValidDraft(typed);
    const json = JSON.stringify(valid ?? null);
    const isUnchanged = valid !== undefined && json === lastSaved.current;
    writeBackup(draftId, typed, revision.current, isUnchanged && !blocked.current);
    if (blocked.current || inFlight.current) return;
    if (!valid || isUnchanged) {
      isDirty.current = false;
      setSync((s) =>
        s.kind === "pending" || s.kind === "saving" ? { kind: "saved", at: new Date().toISOString() } : s,
      );
      return;
    }
    inFlight.current = true;
    isDirty.current = false;
    setSync({ kind: "saving" });
    const request = callApi<{ version: VersionPayload }>("PUT", `/api/drafts/${draftId}`, {
      baseRevision: revision.current,
      data: valid,
    });
    saving.current = request.then(() => undefined);
    const saved = alreadyLanded(await request, json);
    inFlight.current = false;
    if (saved.ok) {
      settleOn(saved.value.version, json);
      // Kept, on the new revision, until a page load finds the server holding it: a page drawn
      // while this save was landing shows the revision before it, and this copy then wins.
      writeBackup(draftId, latest.current, revision.current, latest.current === typed);
      if (latest.current !== typed) {
        isDirty.current = true;
        void flush();
      }
      return;
    }
    isDirty.current = true;
    const theirs = staleTheirs(saved);
    if (theirs) {
      blocked.current = true;
      setSync({ kind: "conflict", theirs });
    } else if (saved.status === 409 && saved.body.reason === "locked") {
      blocked.current = true;
      setSync({ kind: "locked", status: saved.body.status as DraftStatus });
    } else if (saved.status === 0 || saved.status >= 500) {
      setSync({ kind: "offline" });
      timer.current = setTimeout(() => void flush(), RETRY_MS);
    } else if (saved.status === 401) {
      setSync({
        kind: "failed",
        message: "You were signed out. What you typed is kept in this browser; sign in again to save it.",
      });
    } else {
      setSync({ kind: "failed", message: saved.error });
    }
  }, [draftId, settleOn]);

  // A backup from this browser that the server does not have yet: take it up again.
  useEffect(() => {
    const backup = readBackup(draftId);
    // In review or approved, the page shows what the judge sees; the backup waits for a return.
    if (!backup || isLocked(initial.status)) return;
    const plan = backupPlan(backup, initial);
    if (plan.kind === "discard") return clearBackup(draftId);
    if (plan.kind === "conflict") {
      if (blocked.current) return;
      replaceDraft(backup.draft);
      isDirty.current = true;
      blocked.current = true;
      setSync({
        kind: "conflict",
        theirs: {
          draftId,
          revision: initial.revision,
          data: initial.data,
          note: null,
          createdBy: "",
          createdAt: initial.savedAt,
        },
      });
      return;
    }
    if (plan.kind === "carry-on") {
      revision.current = plan.revision;
      if (plan.isSaved) lastSaved.current = canonical(backup.draft);
    }
    replaceDraft(backup.draft);
    if (plan.kind === "restore-and-save" || (plan.kind === "carry-on" && !plan.isSaved)) {
      isDirty.current = true;
      void flush();
    }
  }, [draftId, initial, replaceDraft, flush]);

  const update = useCallback(
    (change: (draft: MotionDraft) => MotionDraft) => {
      // The latest draft is kept outside React state too, so that a save on pagehide never misses a keystroke.
      const next = withCitedSnapshots(change(latest.current), chambersLibrary.current);
      latest.current = next;
      isDirty.current = true;
      pendingSince.current ??= Date.now();
      setDraft(next);
      setSync((s) => (s.kind === "saved" ? { kind: "pending" } : s));
      clearTimeout(timer.current);
      const waited = Date.now() - pendingSince.current;
      timer.current = setTimeout(() => void flush(), Math.max(0, Math.min(SAVE_DELAY_MS, SAVE_MAX_WAIT_MS - waited)));
    },
    [flush],
  );

  const resolveConflict = useCallback(
    async (choice: "mine" | "theirs") => {
      if (sync.kind !== "conflict") return;
      const theirs = sync.theirs;
      if (choice === "theirs") {
        isDirty.current = false;
        clearBackup(draftId);
        replaceDraft(theirs.data);
        settleOn(theirs, canonical(theirs.data));
        return;
      }
      const typed = latest.current;
      const mine = toValidDraft(typed);
      if (!mine) return;
      setSync({ kind: "saving" });
      const kept = await callApi<{ version: VersionPayload }>("POST", `/api/drafts/${draftId}/keep-mine`, {
        theirsRevision: theirs.revision,
        data: mine,
      });
      const newerTheirs = staleTheirs(kept);
      if (kept.ok) {
        isDirty.current = latest.current !== typed;
        settleOn(kept.value.version, JSON.stringify(mine));
        writeBackup(draftId, latest.current, revision.current, latest.current === typed);
        // Typed while the choice was being saved: save that too.
        if (isDirty.current) void flush();
      } else if (newerTheirs) {
        setSync({ kind: "conflict", theirs: newerTheirs });
      } else {
        setSync({ kind: "failed", message: kept.error });
      }
    },
    [draftId, sync, replaceDraft, settleOn, flush],
  );

  // Nothing typed is lost: back up and save at once when the tab is hidden, closed or left.
  useEffect(() => {
    const onHide = () => {
      if (isDirty.current) writeBackup(draftId, latest.current, revision.current);
      void flush();
    };
    const onVisibility = () => document.visibilityState === "hidden" && onHide();
    const onOnline = () => void flush();
    window.addEventListener("pagehide", onHide);
    window.addEventListener("beforeunload", onHide);
    window.addEventListener("online", onOnline);
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      window.removeEventListener("pagehide", onHide);
      window.removeEventListener("beforeunload", onHide);
      window.removeEventListener("online", onOnline);
      document.removeEventListener("visibilitychange", onVisibility);
      onHide();
    };
  }, [draftId, flush]);

  const flushNow = useCallback(() => void flush(), [flush]);
  const settle = useCallback(async () => {
    // A save in flight first, then whatever was typed while it flew.
    for (let pass = 0; pass < 3; pass += 1) {
      await saving.current;
      if (!isDirty.current || blocked.current) return;
      await flush();
    }
  }, [flush]);
  const value = useMemo(
    () => ({ draftId, draft, sync, generation, update, flush: flushNow, settle, resolveConflict, today }),
    [draftId, draft, sync, generation, update, flushNow, settle, resolveConflict, today],
  );
  return <DraftContext.Provider value={value}>{children}</DraftContext.Provider>;
}

/** The draft being edited, with its update and save functions. */
export function useDraftContext(): DraftContextValue {
  const value = useContext(DraftContext);
  if (!value) throw new Error("useDraftContext must be used inside <DraftProvider>");
  return value;
}
