import { describe, expect, it } from "vitest";
import { emptyDraft } from "@/lib/motion/empty-draft";
import type { MotionDraft } from "@/lib/motion/schema";
import { backupPlan } from "./backup-plan";

const base = emptyDraft();
const withJudge = (name: string): MotionDraft => ({
  ...base,
  case: { ...base.case, judge: { ...base.case.judge, name } },
});
const judged = withJudge("Barbara L. Major");
const renamed = withJudge("Ana Reyes");
// A half-typed filed date: the schema sets it aside, so the server stores the draft without it.
const halfTyped = { ...judged, motion: { ...judged.motion, filedDate: "2018-0" } } as MotionDraft;

describe("backupPlan", () => {
  it("discards a backup the server holds", () => {
    expect(backupPlan({ draft: judged, baseRevision: 3, isSaved: true }, { data: judged, revision: 3 })).toEqual({
      kind: "discard",
    });
  });

  it("restores half-typed answers the server set aside, without saving", () => {
    expect(backupPlan({ draft: halfTyped, baseRevision: 3, isSaved: true }, { data: judged, revision: 3 })).toEqual({
      kind: "restore",
    });
  });

  it("restores and saves answers typed on this revision and never saved", () => {
    expect(backupPlan({ draft: renamed, baseRevision: 3, isSaved: false }, { data: judged, revision: 3 })).toEqual({
      kind: "restore-and-save",
    });
  });

  it("carries on from a save that landed while the page was drawn", () => {
    expect(backupPlan({ draft: renamed, baseRevision: 4, isSaved: true }, { data: judged, revision: 3 })).toEqual({
      kind: "carry-on",
      revision: 4,
      isSaved: true,
    });
    expect(backupPlan({ draft: renamed, baseRevision: 4, isSaved: false }, { data: judged, revision: 3 })).toEqual({
      kind: "carry-on",
      revision: 4,
      isSaved: false,
    });
  });

  it("asks the clerk when unsaved answers were typed on a revision someone has since replaced", () => {
    expect(backupPlan({ draft: renamed, baseRevision: 2, isSaved: false }, { data: judged, revision: 3 })).toEqual({
      kind: "conflict",
    });
  });

  it("lets a saved backup be superseded by a later revision, without asking", () => {
    expect(backupPlan({ draft: renamed, baseRevision: 2, isSaved: true }, { data: judged, revision: 3 })).toEqual({
      kind: "discard",
    });
    expect(backupPlan({ draft: halfTyped, baseRevision: 2, isSaved: false }, { data: judged, revision: 3 })).toEqual({
      kind: "discard",
    });
  });
});
