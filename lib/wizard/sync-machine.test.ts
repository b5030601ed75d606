import { describe, expect, it } from "vitest";
import { makeDraft, mergeDraft } from "@/lib/motion/testing";
import type { MotionDraft } from "@/lib/motion/schema";
import {
  startSync,
  syncStep,
  type LoadFacts,
  type SaveAnswer,
  type ServerVersion,
  type SyncEffect,
  type SyncEvent,
  type SyncState,
  type Transition,
} from "./sync-machine";

const CLERK = "user-clerk";
const JUDGE = "user-judge";

const base = makeDraft({
  motion: { titleAsFiled: "Motion", docketNumber: "49" },
  case: { parties: [{ id: "p1", name: "James Linlor", side: "plaintiff" }] },
});
const version = (revision: number, data: MotionDraft, createdBy = CLERK): ServerVersion => ({
  revision,
  data,
  createdBy,
  createdAt: `2026-12-0${revision}T10:00:00.000Z`,
});
const open = (data = base, revision = 3, extra: Partial<LoadFacts> = {}): Transition =>
  startSync({
    userId: CLERK,
    server: { ...version(revision, data), status: "drafting", isLocked: false },
    ...extra,
  });

/** Runs events in order, collecting every effect. */
function run(start: Transition, ...events: SyncEvent[]): Transition {
  return events.reduce<Transition>(
    (at, event) => {
      const next = syncStep(at.state, event);
      return { state: next.state, effects: [...at.effects, ...next.effects] };
    },
    { state: start.state, effects: [] },
  );
}
const typed = (draft: MotionDraft): SyncEvent => ({ type: "typed", draft });
const flush: SyncEvent = { type: "flush" };
const answered = (answer: SaveAnswer): SyncEvent => ({ type: "answered", answer });
const of = <T extends SyncEffect["type"]>(effects: SyncEffect[], type: T) =>
  effects.filter((e): e is Extract<SyncEffect, { type: T }> => e.type === type);
const titled = (draft: MotionDraft, titleAsFiled: string) => mergeDraft(draft, { motion: { titleAsFiled } });
const docketed = (draft: MotionDraft, docketNumber: string) => mergeDraft(draft, { motion: { docketNumber } });

describe("sync machine: saving", () => {
  it("saves after a pause on the revision the answers were typed on, backing them up first", () => {
    const mine = titled(base, "Motion, retitled");
    const { state, effects } = run(open(), typed(mine), flush);
    expect(effects).toEqual([
      { type: "backup", draft: mine, baseRevision: 3, isSaved: false },
      { type: "save", data: mine, baseRevision: 3 },
    ]);
    expect(state.status).toEqual({ kind: "saving" });
  });

  it("carries on from the landed revision, keeps the backup marked saved, and tells the other tabs", () => {
    const mine = titled(base, "Motion, retitled");
    const { state, effects } = run(open(), typed(mine), flush, answered({ kind: "saved", version: version(4, mine) }));
    expect(state.base.revision).toBe(4);
    expect(state.status).toEqual({ kind: "saved", at: version(4, mine).createdAt });
    expect(effects.slice(2)).toEqual([
      { type: "backup", draft: mine, baseRevision: 4, isSaved: true },
      { type: "announce", revision: 4 },
    ]);
  });

  it("saves what was typed while a save was on its way, once it lands", () => {
    const first = titled(base, "Motion, retitled");
    const second = docketed(first, "50");
    const { effects, state } = run(
      open(),
      typed(first),
      flush,
      typed(second),
      flush,
      answered({ kind: "saved", version: version(4, first) }),
    );
    expect(of(effects, "save")).toEqual([
      { type: "save", data: first, baseRevision: 3 },
      { type: "save", data: second, baseRevision: 4 },
    ]);
    expect(state.inFlight).toEqual(second);
  });

  it("does not save answers the server already holds, nor a half-typed answer alone", () => {
    const halfTyped = { ...base, motion: { ...base.motion, filedDate: "2018-0" } } as MotionDraft;
    const { effects, state } = run(open(), typed(halfTyped), flush);
    expect(of(effects, "save")).toEqual([]);
    expect(of(effects, "backup")).toEqual([{ type: "backup", draft: halfTyped, baseRevision: 3, isSaved: true }]);
    expect(state.status.kind).toBe("saved");
  });

  it("keeps unsaved typing backed up while offline, and tries again later", () => {
    const mine = titled(base, "Typed on a train");
    const { state, effects } = run(open(), typed(mine), flush, answered({ kind: "unreachable" }));
    expect(state.status).toEqual({ kind: "offline" });
    expect(of(effects, "retry-later")).toHaveLength(1);
    expect(run({ state, effects: [] }, flush).effects).toContainEqual({
      type: "save",
      data: mine,
      baseRevision: 3,
    });
  });

  it("on a 401 keeps the typing in the backup, unsaved, and sends nothing more until the clerk signs in again", () => {
    const mine = titled(base, "Typed as the session ended");
    const after = run(open(), typed(mine), flush, answered({ kind: "signed-out" }));
    expect(after.state.status).toEqual({ kind: "signed-out" });
    expect(of(after.effects, "backup").at(-1)).toEqual({
      type: "backup",
      draft: mine,
      baseRevision: 3,
      isSaved: false,
    });
    const more = docketed(mine, "52");
    const later = run({ state: after.state, effects: [] }, typed(more), flush);
    expect(later.effects).toEqual([{ type: "backup", draft: more, baseRevision: 3, isSaved: false }]);
  });

  it("stops saving when the draft was locked (submitted for review) meanwhile", () => {
    const mine = titled(base, "Late edit");
    const { state } = run(open(), typed(mine), flush, answered({ kind: "locked", status: "in-review" }));
    expect(state.status).toEqual({ kind: "locked", status: "in-review" });
    expect(of(run({ state, effects: [] }, flush).effects, "save")).toEqual([]);
  });
});

describe("sync machine: two tabs of one clerk", () => {
  // Tab A and tab B open revision 3. Tab A saves a new title as revision 4. Tab B, still on 3,
  // changes the docket number: its save is stale.
  const tabATitle = titled(base, "Motion as tab A styled it");
  const revision4 = version(4, tabATitle);

  it("merges tab B's edit with tab A's edit to another field without asking, and saves both", () => {
    const tabB = docketed(base, "51");
    const { state, effects } = run(open(), typed(tabB), flush, answered({ kind: "stale", theirs: revision4 }));
    const both = docketed(tabATitle, "51");
    expect(of(effects, "show")).toEqual([{ type: "show", draft: both }]);
    expect(of(effects, "save").at(-1)).toEqual({ type: "save", data: both, baseRevision: 4 });
    expect(state.status).toEqual({ kind: "saving" });

    const saved = run({ state, effects: [] }, answered({ kind: "saved", version: version(5, both) }));
    expect(saved.state.status.kind).toBe("saved");
    expect(saved.state.typed).toEqual(both);
  });

  it("tab A, told of tab B's revision, takes it up on screen without saving anything", () => {
    const both = docketed(tabATitle, "51");
    const tabA = run(open(), typed(tabATitle), flush, answered({ kind: "saved", version: revision4 }));
    const told = run({ state: tabA.state, effects: [] }, { type: "remote", version: version(5, both) });
    expect(told.effects).toEqual([{ type: "show", draft: both }]);
    expect(told.state.base.revision).toBe(5);
    expect(told.state.status.kind).toBe("saved");
  });

  it("tab A merges tab B's revision into typing it has not saved yet", () => {
    const tabBDocket = docketed(base, "51");
    const tabA = run(open(), typed(titled(base, "Typing in tab A")));
    const told = run({ state: tabA.state, effects: [] }, { type: "remote", version: version(4, tabBDocket) });
    const both = docketed(titled(base, "Typing in tab A"), "51");
    expect(of(told.effects, "show")).toEqual([{ type: "show", draft: both }]);
    expect(of(told.effects, "save")).toEqual([{ type: "save", data: both, baseRevision: 4 }]);
  });

  it("asks only about a field both tabs changed, says it was this clerk, and shows the other tab's other changes", () => {
    const tabA = mergeDraft(tabATitle, { motion: { reliefSought: "Relief as tab A wrote it." } });
    const tabB = titled(base, "Motion as tab B styled it");
    const { state, effects } = run(open(), typed(tabB), flush, answered({ kind: "stale", theirs: version(4, tabA) }));
    expect(state.status).toMatchObject({ kind: "conflict", isSameUser: true });
    if (state.status.kind !== "conflict") throw new Error("expected a conflict");
    expect(state.status.conflicts).toEqual([
      {
        field: "motion.titleAsFiled",
        label: "The motion: title as filed",
        step: "motion",
        kind: "value",
        mine: "Motion as tab B styled it",
        theirs: "Motion as tab A styled it",
      },
    ]);
    const onScreen = mergeDraft(tabB, { motion: { reliefSought: "Relief as tab A wrote it." } });
    expect(of(effects, "show")).toEqual([{ type: "show", draft: onScreen }]);
    // Nothing is saved until the clerk chooses; typing meanwhile is backed up on the old revision.
    expect(of(run({ state, effects: [] }, typed(onScreen), flush).effects, "save")).toEqual([]);
  });

  it("keep mine: my answer where both changed, theirs elsewhere, saved as keep-mine over their revision", () => {
    const tabA = mergeDraft(tabATitle, { motion: { reliefSought: "Relief as tab A wrote it." } });
    const tabB = titled(base, "Motion as tab B styled it");
    const conflict = run(open(), typed(tabB), flush, answered({ kind: "stale", theirs: version(4, tabA) }));
    const kept = run({ state: conflict.state, effects: [] }, { type: "resolve", choice: "mine" });
    const expected = mergeDraft(tabB, { motion: { reliefSought: "Relief as tab A wrote it." } });
    expect(of(kept.effects, "keep-mine")).toEqual([{ type: "keep-mine", data: expected, theirsRevision: 4 }]);
    const landed = run({ state: kept.state, effects: [] }, answered({ kind: "saved", version: version(5, expected) }));
    expect(landed.state.status.kind).toBe("saved");
    expect(landed.state.base.revision).toBe(5);
  });

  it("take theirs: their answer where both changed, and my answers changed on my side only are still saved", () => {
    const tabA = titled(base, "Motion as tab A styled it");
    const tabB = docketed(titled(base, "Motion as tab B styled it"), "51");
    const conflict = run(open(), typed(tabB), flush, answered({ kind: "stale", theirs: version(4, tabA) }));
    const taken = run({ state: conflict.state, effects: [] }, { type: "resolve", choice: "theirs" });
    const expected = docketed(tabA, "51");
    expect(of(taken.effects, "show")).toEqual([{ type: "show", draft: expected }]);
    expect(of(taken.effects, "save")).toEqual([{ type: "save", data: expected, baseRevision: 4 }]);
  });

  it("take theirs with nothing of mine left: settles on their revision and drops the backup", () => {
    const tabB = titled(base, "Motion as tab B styled it");
    const conflict = run(open(), typed(tabB), flush, answered({ kind: "stale", theirs: revision4 }));
    const taken = run({ state: conflict.state, effects: [] }, { type: "resolve", choice: "theirs" });
    expect(taken.effects).toEqual([{ type: "show", draft: tabATitle }, { type: "clear-backup" }]);
    expect(taken.state.status).toEqual({ kind: "saved", at: revision4.createdAt });
  });

  it("names another person's save as someone else's", () => {
    const tabB = titled(base, "Motion as the clerk typed it");
    const { state } = run(
      open(),
      typed(tabB),
      flush,
      answered({ kind: "stale", theirs: version(4, tabATitle, JUDGE) }),
    );
    expect(state.status).toMatchObject({ kind: "conflict", isSameUser: false });
  });

  it("counts a refusal whose revision holds exactly what was sent as saved (a page-hide save that landed)", () => {
    const mine = titled(base, "Saved as the page was left");
    const { state, effects } = run(open(), typed(mine), flush, answered({ kind: "stale", theirs: version(4, mine) }));
    expect(state.status.kind).toBe("saved");
    expect(state.base.revision).toBe(4);
    expect(of(effects, "show")).toEqual([]);
  });

  it("a keep-mine beaten by yet another save merges again", () => {
    const tabA = titled(base, "Motion as tab A styled it");
    const tabB = titled(base, "Motion as tab B styled it");
    const conflict = run(open(), typed(tabB), flush, answered({ kind: "stale", theirs: version(4, tabA) }));
    const kept = run({ state: conflict.state, effects: [] }, { type: "resolve", choice: "mine" });
    const third = docketed(tabA, "60");
    const again = run({ state: kept.state, effects: [] }, answered({ kind: "stale", theirs: version(5, third) }));
    // The title was settled (mine) on top of revision 4; revision 5 only changed the docket number.
    expect(of(again.effects, "save")).toEqual([{ type: "save", data: docketed(tabB, "60"), baseRevision: 5 }]);
  });
});

describe("sync machine: page load with this browser's backup", () => {
  const backupOf = (draft: MotionDraft, baseRevision: number, isSaved: boolean, owner = CLERK) => ({
    backup: { draft, baseRevision, isSaved, owner },
  });

  it("takes up unsaved typing on this revision and saves it", () => {
    const mine = titled(base, "Typed before the session ended");
    const { effects } = open(base, 3, backupOf(mine, 3, false));
    expect(effects).toEqual([
      { type: "show", draft: mine },
      { type: "backup", draft: mine, baseRevision: 3, isSaved: false },
      { type: "save", data: mine, baseRevision: 3 },
    ]);
  });

  it("never shows another person's backup, and drops it", () => {
    const theirs = titled(base, "Typed by the clerk before, on this shared computer");
    expect(open(base, 3, backupOf(theirs, 3, false, JUDGE)).effects).toEqual([{ type: "clear-backup" }]);
  });

  it("merges unsaved typing on an older revision against that revision, fetched first", () => {
    const mine = docketed(base, "51");
    const server = titled(base, "Retitled by the judge");
    const start = open(server, 4, backupOf(mine, 3, false));
    expect(start.effects).toEqual([
      { type: "show", draft: mine },
      { type: "fetch-version", revision: 3 },
    ]);
    expect(start.state.status.kind).toBe("merging");
    const merged = run(start, { type: "base-fetched", data: base });
    const both = docketed(server, "51");
    expect(of(merged.effects, "save")).toEqual([{ type: "save", data: both, baseRevision: 4 }]);
  });

  it("without the older revision, asks about every answer that differs", () => {
    const mine = docketed(base, "51");
    const server = titled(base, "Retitled by the judge");
    const merged = run(open(server, 4, backupOf(mine, 3, false)), { type: "base-fetched", data: undefined });
    if (merged.state.status.kind !== "conflict") throw new Error("expected a conflict");
    expect(merged.state.status.conflicts.map((c) => c.field).sort()).toEqual([
      "motion.docketNumber",
      "motion.titleAsFiled",
    ]);
  });

  it("leaves the backup alone while the draft is locked", () => {
    const mine = titled(base, "Typed before it was submitted");
    const locked = startSync({
      userId: CLERK,
      server: { ...version(3, base), status: "in-review", isLocked: true },
      backup: { draft: mine, baseRevision: 3, isSaved: false, owner: CLERK },
    });
    expect(locked.effects).toEqual([]);
    expect(locked.state.status).toEqual({ kind: "locked", status: "in-review" });
  });
});

// The state is plain data: a test can hold it, and so can a debugger.
it("keeps the state serialisable", () => {
  const { state } = run(open(), typed(titled(base, "x")), flush);
  expect(JSON.parse(JSON.stringify(state)) as SyncState).toEqual(state);
});
