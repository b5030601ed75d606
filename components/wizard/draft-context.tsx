"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { MotionDraft } from "@/lib/motion/schema";
import { withCitedSnapshots } from "@/lib/wizard/cited-chambers-authorities";
import type { ChambersAuthorityRecord } from "@/lib/chambers-library/schema";
import {
  startSync,
  syncStep,
  type SaveAnswer,
  type ServerVersion,
  type SyncEffect,
  type SyncEvent,
  type SyncState,
  type SyncStatus,
} from "@/lib/wizard/sync-machine";
import { loadAfterSessionChange } from "@/components/account/sign-in";
import { callApi, type ApiResult } from "@/components/api/api-client";
import { API } from "@/lib/api/endpoints";
import type { DraftVersion } from "@/lib/workflow/records";
import { clearBackup, readBackup, writeBackup } from "@/components/browser-backup/draft-storage";
import { registerOpenDraft } from "@/components/browser-backup/open-drafts";
import { onOtherTabSaved, onSignedOutElsewhere, tellOtherTabsSaved } from "@/components/browser-backup/tab-channel";
import { isLocked } from "@/lib/workflow/status-rules";
import type { InitialDraft } from "./draft-payload";
import { keepFocusAcrossRedraw, type FocusMark } from "./keep-focus";

/** How long typing may pause before the draft is saved. */
export const SAVE_DELAY_MS = 300;
/** The longest a change waits for a pause in typing before it is saved anyway. */
export const SAVE_MAX_WAIT_MS = 2000;
/** How soon a save that could not reach the server is tried again. */
const RETRY_MS = 5000;

/** Where the server copy stands (lib/wizard/sync-machine). */
export type { SyncStatus };

type DraftContextValue = {
  draftId: string;
  draft: MotionDraft;
  sync: SyncStatus;
  /** Bumped when the draft is replaced wholesale (a merge, take theirs, a restored backup): forms remount. */
  generation: number;
  /** Replaces the draft in memory (the preview follows at once) and saves it after a pause in typing. */
  update: (change: (draft: MotionDraft) => MotionDraft) => void;
  /** Saves now whatever is pending. */
  flush: () => void;
  /** Saves whatever is pending and resolves once the server has it (or the save failed): before leaving the wizard. */
  settle: () => Promise<void>;
  /** The answer to a conflict, for the answers both sides changed: mine (a new version over theirs) or theirs. */
  resolveConflict: (choice: "mine" | "theirs") => Promise<void>;
};

const DraftContext = createContext<DraftContextValue | undefined>(undefined);

const toServerVersion = (version: DraftVersion): ServerVersion => ({
  revision: version.revision,
  data: version.data,
  createdBy: version.createdBy,
  createdAt: version.createdAt.toISOString(),
});

/** A save's (or keep-mine's) HTTP answer, in the machine's words. */
function toSaveAnswer(result: ApiResult<{ version: DraftVersion }>): SaveAnswer {
  if (result.ok) return { kind: "saved", version: toServerVersion(result.value.version) };
  if (result.conflict?.reason === "stale-revision")
    return { kind: "stale", theirs: toServerVersion(result.conflict.theirs) };
  if (result.conflict?.reason === "locked") return { kind: "locked", status: result.conflict.status };
  if (result.status === 0 || result.status >= 500) return { kind: "unreachable" };
  if (result.status === 401) return { kind: "signed-out" };
  return { kind: "failed", message: result.error };
}

/**
 * Holds one draft while the clerk works through the steps, and runs the tab's sync machine
 * (lib/wizard/sync-machine): every change is saved as a new version on top of the revision it
 * was typed on, backed up in this browser until the server has it, and merged with whatever
 * another tab or person saved meanwhile; only an answer both changed asks the clerk.
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
  const server = useMemo(
    () => ({
      revision: initial.revision,
      data: initial.data,
      createdBy: initial.savedBy,
      createdAt: initial.savedAt,
      status: initial.status,
      isLocked: isLocked(initial.status),
    }),
    [initial],
  );
  const [opening] = useState(() => startSync({ userId: initial.userId, server }).state);
  const machine = useRef<SyncState>(opening);
  const [draft, setDraft] = useState<MotionDraft>(initial.data);
  const [sync, setSync] = useState<SyncStatus>(opening.status);
  const [generation, setGeneration] = useState(0);
  const saving = useRef<Promise<void>>(Promise.resolve());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pendingSince = useRef<number | undefined>(undefined);
  const focusMark = useRef<FocusMark>(undefined);
  const dispatchRef = useRef<(event: SyncEvent) => void>(() => undefined);
  const hasSignedOut = useRef(false);
  /** The chambers' own library, so a draft keeps a snapshot of the chambers authorities its markers cite. */
  const chambersLibrary = useRef<readonly ChambersAuthorityRecord[]>([]);

  const run = useCallback(
    (effect: SyncEffect) => {
      const dispatch = dispatchRef.current;
      switch (effect.type) {
        case "backup":
          if (hasSignedOut.current) return;
          return writeBackup(draftId, { ...effect, owner: initial.userId });
        case "clear-backup":
          return clearBackup(draftId);
        case "show":
          focusMark.current = keepFocusAcrossRedraw();
          setDraft(effect.draft);
          setGeneration((n) => n + 1);
          return;
        case "save":
        case "keep-mine": {
          const request =
            effect.type === "save"
              ? callApi(API.saveDraft(draftId), { baseRevision: effect.baseRevision, data: effect.data })
              : callApi(API.keepMine(draftId), {
                  theirsRevision: effect.theirsRevision,
                  data: effect.data,
                });
          saving.current = request.then((result) => dispatch({ type: "answered", answer: toSaveAnswer(result) }));
          return;
        }
        case "fetch-version":
          void callApi(API.getVersion(draftId, effect.revision)).then((result) =>
            dispatch({ type: "base-fetched", data: result.ok ? result.value.data : undefined }),
          );
          return;
        case "retry-later":
          clearTimeout(timer.current);
          timer.current = setTimeout(() => dispatch({ type: "flush" }), RETRY_MS);
          return;
        case "announce":
          return tellOtherTabsSaved(draftId, effect.revision);
      }
    },
    [draftId, initial.userId],
  );

  const dispatch = useCallback(
    (event: SyncEvent) => {
      const { state, effects } = syncStep(machine.current, event);
      machine.current = state;
      setSync(state.status);
      effects.forEach(run);
    },
    [run],
  );
  useEffect(() => {
    dispatchRef.current = dispatch;
  }, [dispatch]);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    pendingSince.current = undefined;
    dispatch({ type: "flush" });
  }, [dispatch]);

  // This browser's backup of the draft (read once the page is live): take it up, merge it, or drop it.
  const hasLoaded = useRef(false);
  useEffect(() => {
    if (hasLoaded.current) return;
    hasLoaded.current = true;
    const backup = readBackup(draftId);
    if (!backup) return;
    const { state, effects } = startSync({ userId: initial.userId, server, backup });
    machine.current = state;
    // The browser's backup is read after hydration, so it can only reach React state from an effect.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setSync(state.status);
    effects.forEach(run);
  }, [draftId, initial.userId, server, run]);

  // Put the caret back where it was when a merge redrew the form.
  useEffect(() => {
    focusMark.current?.();
    focusMark.current = undefined;
  }, [generation]);

  const update = useCallback(
    (change: (draft: MotionDraft) => MotionDraft) => {
      // The machine holds the latest draft outside React state, so that a save on pagehide never misses a keystroke.
      const next = withCitedSnapshots(change(machine.current.typed), chambersLibrary.current);
      dispatch({ type: "typed", draft: next });
      setDraft(next);
      pendingSince.current ??= Date.now();
      clearTimeout(timer.current);
      const waited = Date.now() - pendingSince.current;
      timer.current = setTimeout(flush, Math.max(0, Math.min(SAVE_DELAY_MS, SAVE_MAX_WAIT_MS - waited)));
    },
    [dispatch, flush],
  );

  // The chambers' library, once: a marker typed before it arrived gets its snapshot when it does.
  useEffect(() => {
    let current = true;
    void callApi(API.listChambersAuthorities()).then((answer) => {
      if (!current || !answer.ok) return;
      chambersLibrary.current = answer.value.authorities;
      const typed = machine.current.typed;
      if (withCitedSnapshots(typed, answer.value.authorities) !== typed) update((draft) => draft);
    });
    return () => {
      current = false;
    };
  }, [update]);

  const resolveConflict = useCallback(
    async (choice: "mine" | "theirs") => {
      dispatch({ type: "resolve", choice });
      await saving.current;
    },
    [dispatch],
  );

  // A newer revision on the server (another tab of this browser saved, or this tab is back in view): merge it in.
  const pull = useCallback(async () => {
    const found = await callApi(API.getDraft(draftId));
    if (found.ok) dispatch({ type: "remote", version: toServerVersion(found.value.version) });
  }, [draftId, dispatch]);
  useEffect(() => onOtherTabSaved(draftId, () => void pull()), [draftId, pull]);

  // Nothing typed is lost: back up and save at once when the tab is hidden, closed or left.
  useEffect(() => {
    const onHide = () => flush();
    const onVisibility = () => (document.visibilityState === "hidden" ? onHide() : void pull());
    window.addEventListener("pagehide", onHide);
    window.addEventListener("beforeunload", onHide);
    window.addEventListener("online", flush);
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      window.removeEventListener("pagehide", onHide);
      window.removeEventListener("beforeunload", onHide);
      window.removeEventListener("online", flush);
      document.removeEventListener("visibilitychange", onVisibility);
      onHide();
    };
  }, [flush, pull]);

  const settle = useCallback(async () => {
    // A save in flight first, then whatever was typed while it flew.
    for (let pass = 0; pass < 3; pass += 1) {
      await saving.current;
      const { isDirty, status, inFlight } = machine.current;
      if (inFlight) continue;
      if (!isDirty || ["conflict", "locked", "signed-out", "merging"].includes(status.kind)) return;
      flush();
    }
  }, [flush]);
  // Sign-out (here or in another tab): nothing of the draft is written to this browser again.
  const end = useCallback(() => {
    hasSignedOut.current = true;
    clearBackup(draftId);
  }, [draftId]);
  useEffect(() => registerOpenDraft({ settle, end }), [settle, end]);
  useEffect(
    () =>
      onSignedOutElsewhere(() => {
        end();
        loadAfterSessionChange("/login");
      }),
    [end],
  );

  const value = useMemo(
    () => ({ draftId, draft, sync, generation, update, flush, settle, resolveConflict }),
    [draftId, draft, sync, generation, update, flush, settle, resolveConflict],
  );
  return <DraftContext.Provider value={value}>{children}</DraftContext.Provider>;
}

/** The draft being edited, with its update and save functions. */
export function useDraftContext(): DraftContextValue {
  const value = useContext(DraftContext);
  if (!value) throw new Error("useDraftContext must be used inside <DraftProvider>");
  return value;
}
