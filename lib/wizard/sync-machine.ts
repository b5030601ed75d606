import type { MotionDraft } from "@/lib/motion/schema";
import { backupPlan, type BackupFacts } from "./backup-plan";
import { mergeDrafts, type DraftConflict } from "./merge-drafts";
import { sameAnswers } from "./same-answers";
import { toValidDraft } from "./valid-draft";

/**
 * How one browser tab keeps a draft in step with the server, as a pure state machine: events in
 * (typing, a pause, the server's answers, another tab's save, the clerk's choice), a new state
 * and effects out (save, back up, redraw the form, fetch a version). The React provider only runs
 * the effects and feeds back what they returned (components/wizard/draft-context.tsx).
 *
 * Each save goes on top of the revision its answers were typed on. When someone (or this clerk,
 * in another tab) saved first, the answers are merged three ways against that shared base revision
 * (lib/wizard/merge-drafts): what changed on one side only is kept from both, and only an answer
 * changed on both sides asks.
 */

/** A version the server holds. `data` is undefined while unknown (a backup's base, before it is fetched). */
export type ServerVersion = { revision: number; data: MotionDraft; createdBy: string; createdAt: string };
type Base = { revision: number; data: MotionDraft | undefined; createdAt: string };

export type SyncStatus =
  | { kind: "saved"; at: string }
  | { kind: "pending" }
  | { kind: "saving" }
  | { kind: "offline" }
  /** A backup typed on an older revision: its base is being fetched to merge it. */
  | { kind: "merging"; theirs: ServerVersion }
  | { kind: "conflict"; theirs: ServerVersion; conflicts: DraftConflict[]; isSameUser: boolean }
  | { kind: "locked"; status: string }
  /** The session ended (401): typing is kept in this browser until the clerk signs in again. */
  | { kind: "signed-out" }
  | { kind: "failed"; message: string };

export type SyncState = {
  userId: string;
  /** The server version the typed answers are built on. */
  base: Base;
  /** The answers as typed, valid or not. */
  typed: MotionDraft;
  /** Typed since the last save was decided on. */
  isDirty: boolean;
  /** The valid answers of the save on its way, if any. */
  inFlight?: MotionDraft | undefined;
  /** The next save is the conflict's "keep mine" over this revision (recorded as such in the history). */
  keepMineOver?: number | undefined;
  status: SyncStatus;
};

export type SyncEffect =
  | { type: "save"; data: MotionDraft; baseRevision: number }
  | { type: "keep-mine"; data: MotionDraft; theirsRevision: number }
  | { type: "backup"; draft: MotionDraft; baseRevision: number; isSaved: boolean }
  | { type: "clear-backup" }
  /** The answers on screen are replaced (forms are drawn again from the draft). */
  | { type: "show"; draft: MotionDraft }
  | { type: "fetch-version"; revision: number }
  | { type: "retry-later" }
  /** Tell this browser's other tabs on the draft that a revision landed. */
  | { type: "announce"; revision: number };

/** What a save (or keep-mine) came back with. */
export type SaveAnswer =
  | { kind: "saved"; version: ServerVersion }
  | { kind: "stale"; theirs: ServerVersion }
  | { kind: "locked"; status: string }
  | { kind: "unreachable" }
  | { kind: "signed-out" }
  | { kind: "failed"; message: string };

export type SyncEvent =
  | { type: "typed"; draft: MotionDraft }
  /** A pause in typing, the tab hidden, the network back: save what is pending. */
  | { type: "flush" }
  | { type: "answered"; answer: SaveAnswer }
  /** A newer version seen on the server (another tab said so, or the tab came back into view). */
  | { type: "remote"; version: ServerVersion }
  | { type: "base-fetched"; data: MotionDraft | undefined }
  | { type: "resolve"; choice: "mine" | "theirs" };

export type Transition = { state: SyncState; effects: SyncEffect[] };

/** The page as the server drew it. */
export type LoadFacts = {
  userId: string;
  server: ServerVersion & { status: string; isLocked: boolean };
  /** This browser's backup of the draft, with whoever typed it. */
  backup?: BackupFacts & { owner?: string };
};

const BLOCKED: readonly SyncStatus["kind"][] = ["merging", "conflict", "locked", "signed-out"];
const isBlocked = (state: SyncState) => BLOCKED.includes(state.status.kind);

const sameValid = (a: MotionDraft, b: MotionDraft | undefined) =>
  b !== undefined && sameAnswers(toValidDraft(a) ?? null, b);

const toBase = (version: ServerVersion): Base => ({
  revision: version.revision,
  data: version.data,
  createdAt: version.createdAt,
});

/** The state a page opens in, with what it must do with this browser's backup. */
export function startSync({ userId, server, backup }: LoadFacts): Transition {
  const state: SyncState = {
    userId,
    base: toBase(server),
    typed: server.data,
    isDirty: false,
    status: server.isLocked ? { kind: "locked", status: server.status } : { kind: "saved", at: server.createdAt },
  };
  if (!backup) return { state, effects: [] };
  // Another person's typing is never shown (a shared browser): only its owner may take it up.
  if (backup.owner !== undefined && backup.owner !== userId) return { state, effects: [{ type: "clear-backup" }] };
  // In review or approved, the page shows what the judge sees; the backup waits for a return.
  if (server.isLocked) return { state, effects: [] };
  const plan = backupPlan(backup, { data: server.data, revision: server.revision });
  const restored = { ...state, typed: backup.draft };
  const show: SyncEffect = { type: "show", draft: backup.draft };
  switch (plan.kind) {
    case "discard":
      return { state, effects: [{ type: "clear-backup" }] };
    case "restore":
      return { state: restored, effects: [show] };
    case "restore-and-save":
      return withEffects(flush({ ...restored, isDirty: true }), [show]);
    case "carry-on": {
      // A save landed while the page was drawn: continue from its revision (whose answers this page lacks).
      const base = {
        revision: plan.revision,
        data: plan.isSaved ? toValidDraft(backup.draft) : undefined,
        createdAt: "",
      };
      const next = { ...restored, base, isDirty: !plan.isSaved };
      return withEffects(plan.isSaved ? { state: next, effects: [] } : flush(next), [show]);
    }
    case "conflict":
      // Typed on a revision someone has since built on: fetch that revision, then merge.
      return {
        state: {
          ...restored,
          base: { revision: backup.baseRevision, data: undefined, createdAt: "" },
          isDirty: true,
          status: { kind: "merging", theirs: server },
        },
        effects: [show, { type: "fetch-version", revision: backup.baseRevision }],
      };
  }
}

const withEffects = (transition: Transition, first: SyncEffect[]): Transition => ({
  state: transition.state,
  effects: [...first, ...transition.effects],
});

/** One step of the machine. */
export function syncStep(state: SyncState, event: SyncEvent): Transition {
  switch (event.type) {
    case "typed":
      return {
        state: {
          ...state,
          typed: event.draft,
          isDirty: true,
          status: state.status.kind === "saved" ? { kind: "pending" } : state.status,
        },
        effects: [],
      };
    case "flush":
      return flush(state);
    case "answered":
      return answered(state, event.answer);
    case "remote":
      // Ours or older, or a save of ours on its way (its answer will merge it): nothing to do.
      if (event.version.revision <= state.base.revision || state.inFlight) return { state, effects: [] };
      if (["locked", "signed-out", "merging"].includes(state.status.kind)) return { state, effects: [] };
      return mergeWith(state, event.version);
    case "base-fetched":
      if (state.status.kind !== "merging") return { state, effects: [] };
      return mergeWith({ ...state, base: { ...state.base, data: event.data } }, state.status.theirs);
    case "resolve":
      return resolve(state, event.choice);
  }
}

/** Saves the typed answers if they are valid and differ from the base; backs them up either way. */
function flush(state: SyncState): Transition {
  if (!state.isDirty) return { state, effects: [] };
  const valid = toValidDraft(state.typed);
  const isUnchanged = valid !== undefined && sameAnswers(valid, state.base.data);
  const backup: SyncEffect = {
    type: "backup",
    draft: state.typed,
    baseRevision: state.base.revision,
    isSaved: isUnchanged && !isBlocked(state),
  };
  if (isBlocked(state) || state.inFlight) return { state, effects: [backup] };
  if (!valid || isUnchanged) {
    const status: SyncStatus =
      state.status.kind === "pending" || state.status.kind === "saving"
        ? { kind: "saved", at: state.base.createdAt }
        : state.status;
    return { state: { ...state, isDirty: false, keepMineOver: undefined, status }, effects: [backup] };
  }
  const save: SyncEffect =
    state.keepMineOver === undefined
      ? { type: "save", data: valid, baseRevision: state.base.revision }
      : { type: "keep-mine", data: valid, theirsRevision: state.keepMineOver };
  return {
    state: { ...state, isDirty: false, inFlight: valid, keepMineOver: undefined, status: { kind: "saving" } },
    effects: [backup, save],
  };
}

function answered(state: SyncState, answer: SaveAnswer): Transition {
  const sent = state.inFlight;
  // What was sent is still to be saved, unless the server now holds it.
  const settled = { ...state, inFlight: undefined, isDirty: state.isDirty || sent !== undefined };
  switch (answer.kind) {
    case "saved":
      return landed({ ...state, inFlight: undefined }, answer.version);
    case "stale":
      // This browser's own save, sent as a page was left, that landed after this page was drawn.
      if (sent && sameAnswers(answer.theirs.data, sent))
        return landed({ ...state, inFlight: undefined }, answer.theirs);
      // The answers this tab built on are not known here (a backup's revision): fetch them first.
      if (settled.base.data === undefined) {
        return {
          state: { ...settled, status: { kind: "merging", theirs: answer.theirs } },
          effects: [{ type: "fetch-version", revision: settled.base.revision }],
        };
      }
      return mergeWith(settled, answer.theirs);
    case "locked":
      return { state: { ...settled, status: { kind: "locked", status: answer.status } }, effects: [] };
    case "unreachable":
      return { state: { ...settled, status: { kind: "offline" } }, effects: [{ type: "retry-later" }] };
    case "signed-out":
      return {
        state: { ...settled, status: { kind: "signed-out" } },
        effects: [{ type: "backup", draft: state.typed, baseRevision: state.base.revision, isSaved: false }],
      };
    case "failed":
      return { state: { ...settled, status: { kind: "failed", message: answer.message } }, effects: [] };
  }
}

/** The server holds `version`, built from what this tab sent: carry on from it. */
function landed(state: SyncState, version: ServerVersion): Transition {
  const next: SyncState = { ...state, base: toBase(version), status: { kind: "saved", at: version.createdAt } };
  // Kept, on the new revision, until a page load finds the server holding it: a page drawn while
  // this save was landing shows the revision before it, and this copy then wins.
  const effects: SyncEffect[] = [
    { type: "backup", draft: state.typed, baseRevision: version.revision, isSaved: !state.isDirty },
    { type: "announce", revision: version.revision },
  ];
  return state.isDirty ? withEffects(flush(next), effects) : { state: next, effects };
}

/**
 * Merges the typed answers with `theirs`, both built on the base: without a conflict the tab
 * carries on from their revision (saving what it adds); with one, it asks, showing their
 * one-sided changes already and its own answers where both changed.
 */
function mergeWith(state: SyncState, theirs: ServerVersion): Transition {
  const { draft, conflicts } = mergeDrafts(state.base.data, state.typed, theirs.data, "mine");
  const effects: SyncEffect[] = sameAnswers(draft, state.typed) ? [] : [{ type: "show", draft }];
  if (conflicts.length === 0) {
    const next: SyncState = {
      ...state,
      base: toBase(theirs),
      typed: draft,
      isDirty: !sameValid(draft, theirs.data),
      status: { kind: "saved", at: theirs.createdAt },
    };
    return next.isDirty
      ? withEffects(flush({ ...next, status: { kind: "pending" } }), effects)
      : { state: next, effects };
  }
  const next: SyncState = {
    ...state,
    typed: draft,
    isDirty: true,
    status: { kind: "conflict", theirs, conflicts, isSameUser: theirs.createdBy === state.userId },
  };
  return {
    state: next,
    effects: [...effects, { type: "backup", draft, baseRevision: state.base.revision, isSaved: false }],
  };
}

/** The clerk's answer to a conflict: for the answers both sides changed, mine or theirs; everything else is merged. */
function resolve(state: SyncState, choice: "mine" | "theirs"): Transition {
  if (state.status.kind !== "conflict") return { state, effects: [] };
  const theirs = state.status.theirs;
  const { draft } = mergeDrafts(state.base.data, state.typed, theirs.data, choice);
  const effects: SyncEffect[] = sameAnswers(draft, state.typed) ? [] : [{ type: "show", draft }];
  const next: SyncState = {
    ...state,
    base: toBase(theirs),
    typed: draft,
    isDirty: !sameValid(draft, theirs.data),
    status: { kind: "saving" },
    ...(choice === "mine" ? { keepMineOver: theirs.revision } : {}),
  };
  if (!next.isDirty && choice === "theirs") {
    return {
      state: { ...next, status: { kind: "saved", at: theirs.createdAt } },
      effects: [...effects, { type: "clear-backup" }],
    };
  }
  return withEffects(flush({ ...next, isDirty: true }), effects);
}
