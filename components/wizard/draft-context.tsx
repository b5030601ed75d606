"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { MotionDraft } from "@/lib/motion/schema";
import { browserDraftStorage, type DraftStorage } from "./draft-storage";

/** How long typing may pause before the draft is saved. */
export const SAVE_DELAY_MS = 300;
/** The longest a change waits for a pause in typing before it is saved anyway. */
export const SAVE_MAX_WAIT_MS = 2000;

type DraftState =
  | { status: "loading" }
  | { status: "missing" }
  | { status: "ready"; draft: MotionDraft; savedAt?: string; isDirty: boolean };

type DraftContextValue = {
  draftId: string;
  state: DraftState;
  /** Replaces the draft in memory (the preview follows at once) and saves it after a pause in typing. */
  update: (change: (draft: MotionDraft) => MotionDraft) => void;
  /** Saves now whatever is pending. */
  flush: () => void;
  /** Today's date in the clerk's time zone, YYYY-MM-DD: the engine never reads the clock itself. */
  today: string;
};

const DraftContext = createContext<DraftContextValue | undefined>(undefined);

function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Loads one draft, holds it while the clerk works through the steps, and saves every change. */
export function DraftProvider({
  draftId,
  storage = browserDraftStorage,
  children,
}: {
  draftId: string;
  storage?: DraftStorage;
  children: ReactNode;
}) {
  const [state, setState] = useState<DraftState>({ status: "loading" });
  const [today] = useState(localToday);
  const pending = useRef<MotionDraft | undefined>(undefined);
  const latest = useRef<MotionDraft | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pendingSince = useRef<number | undefined>(undefined);

  useEffect(() => {
    let isCurrent = true;
    storage.load(draftId).then((stored) => {
      if (!isCurrent) return;
      latest.current = stored?.draft;
      setState(stored ? { status: "ready", draft: stored.draft, savedAt: stored.updatedAt, isDirty: false } : { status: "missing" });
    });
    return () => {
      isCurrent = false;
    };
  }, [draftId, storage]);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const draft = pending.current;
    if (!draft) return;
    pending.current = undefined;
    pendingSince.current = undefined;
    void storage.save(draftId, draft).then((saved) => {
      setState((current) =>
        current.status === "ready" ? { ...current, savedAt: saved.updatedAt, isDirty: pending.current !== undefined } : current,
      );
    });
  }, [draftId, storage]);

  const update = useCallback(
    (change: (draft: MotionDraft) => MotionDraft) => {
      // The latest draft is kept outside React state too, so that a save on pagehide never misses a keystroke.
      const base = latest.current;
      if (!base) return;
      const draft = change(base);
      latest.current = draft;
      pending.current = draft;
      pendingSince.current ??= Date.now();
      setState((current) => (current.status === "ready" ? { ...current, draft, isDirty: true } : current));
      clearTimeout(timer.current);
      const waited = Date.now() - pendingSince.current;
      timer.current = setTimeout(flush, Math.max(0, Math.min(SAVE_DELAY_MS, SAVE_MAX_WAIT_MS - waited)));
    },
    [flush],
  );

  // Nothing typed is lost: save at once when the tab is hidden, closed or navigated away from.
  useEffect(() => {
    const onHide = () => flush();
    const onVisibility = () => document.visibilityState === "hidden" && flush();
    window.addEventListener("pagehide", onHide);
    window.addEventListener("beforeunload", onHide);
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      window.removeEventListener("pagehide", onHide);
      window.removeEventListener("beforeunload", onHide);
      document.removeEventListener("visibilitychange", onVisibility);
      flush();
    };
  }, [flush]);

  const value = useMemo(() => ({ draftId, state, update, flush, today }), [draftId, state, update, flush, today]);
  return <DraftContext.Provider value={value}>{children}</DraftContext.Provider>;
}

/** The draft being edited, with its update and save functions. */
export function useDraftContext(): DraftContextValue {
  const value = useContext(DraftContext);
  if (!value) throw new Error("useDraftContext must be used inside <DraftProvider>");
  return value;
}

/** The loaded draft (call only below the wizard shell, which renders steps once the draft is ready). */
export function useDraft(): { draft: MotionDraft } & Omit<DraftContextValue, "state"> {
  const { state, ...rest } = useDraftContext();
  if (state.status !== "ready") throw new Error("useDraft called before the draft was loaded");
  return { draft: state.draft, ...rest };
}
