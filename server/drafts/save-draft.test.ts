import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { count, eq } from "drizzle-orm";
import { emptyDraft } from "@/lib/motion/empty-draft";
import { SCHEMA_VERSION, type MotionDraft } from "@/lib/motion/schema";
import { draftVersions, auditEvents } from "@/server/db/schema";
import { TEST_BACKENDS, seedChambers, useTestDb } from "@/server/db/testing";
import {
  createDraft,
  getDraft,
  getVersion,
  keepMineAsNewVersion,
  listVersions,
  restoreVersion,
  saveDraft,
} from "./index";

vi.mock("server-only", () => ({}));

const withCase = (caseNumber: string, plaintiff = "Futero, Inc.", defendant = "Gallagher"): MotionDraft => {
  const draft = emptyDraft();
  draft.case.caseNumber = caseNumber;
  draft.case.parties = [
    { id: "p1", name: plaintiff, side: "plaintiff" },
    { id: "d1", name: defendant, side: "defendant" },
  ];
  return draft;
};

describe.each(TEST_BACKENDS)("saving on $name", (backend) => {
  const db = useTestDb(backend, { beforeAll, afterAll });
  const rows = async (draftId: string) =>
    (await db().select({ n: count() }).from(draftVersions).where(eq(draftVersions.draftId, draftId)))[0]?.n;

  it("every save makes a version with who and when, and bumps the revision and title", async () => {
    const { clerk, judge } = await seedChambers(db(), "Save 1");
    const created = await createDraft(db(), clerk);
    if (!created.ok) throw new Error("create failed");
    expect(created.value.draft).toMatchObject({ currentRevision: 1, status: "drafting", title: "Untitled draft" });
    const id = created.value.draft.id;
    const saved = await saveDraft(db(), clerk, id, 1, withCase("17cv218"));
    expect(saved).toMatchObject({
      ok: true,
      value: {
        draft: { currentRevision: 2, title: "Futero, Inc. v. Gallagher, No. 17cv218" },
        version: { revision: 2, createdBy: clerk.userId },
      },
    });
    const again = await saveDraft(db(), judge, id, 2, withCase("17cv219"), "judge's edit");
    expect(again).toMatchObject({
      ok: true,
      value: { version: { revision: 3, createdBy: judge.userId, note: "judge's edit" } },
    });
    const history = await listVersions(db(), clerk, id);
    expect(history.ok && history.value.map((v) => [v.revision, v.createdBy])).toEqual([
      [3, judge.userId],
      [2, clerk.userId],
      [1, clerk.userId],
    ]);
    expect(history.ok && history.value.every((v) => v.createdAt instanceof Date)).toBe(true);
  });

  it("two sessions save from the same revision: the second gets a conflict with theirs, and nothing is written", async () => {
    const { clerk, judge } = await seedChambers(db(), "Save 2");
    const created = await createDraft(db(), clerk);
    if (!created.ok) throw new Error("create failed");
    const id = created.value.draft.id;
    const clerkText = withCase("clerk-version");
    const judgeText = withCase("judge-version");
    const first = await saveDraft(db(), clerk, id, 1, clerkText);
    expect(first.ok).toBe(true);
    const second = await saveDraft(db(), judge, id, 1, judgeText);
    expect(second).toMatchObject({
      ok: false,
      code: "conflict",
      reason: "stale-revision",
      theirs: { revision: 2, data: clerkText, createdBy: clerk.userId },
    });
    expect(await rows(id)).toBe(2);

    // Keep mine: my text becomes revision 3 on top of theirs; both texts are in the history.
    const kept = await keepMineAsNewVersion(db(), judge, id, judgeText, 2);
    expect(kept).toMatchObject({
      ok: true,
      value: { version: { revision: 3, data: judgeText, note: "Kept my changes over revision 2" } },
    });
    expect((await getVersion(db(), clerk, id, 2)).ok && (await getVersion(db(), clerk, id, 2))).toMatchObject({
      value: { data: clerkText },
    });
    expect(await getDraft(db(), clerk, id)).toMatchObject({
      ok: true,
      value: { draft: { currentRevision: 3 }, version: { data: judgeText } },
    });
    // Keeping mine over a stale "theirs" is a conflict again.
    expect(await keepMineAsNewVersion(db(), clerk, id, clerkText, 2)).toMatchObject({
      ok: false,
      code: "conflict",
      theirs: { revision: 3 },
    });
  });

  it("truly concurrent saves from one revision: exactly one wins", async () => {
    const { clerk, judge } = await seedChambers(db(), "Save 3");
    const created = await createDraft(db(), clerk);
    if (!created.ok) throw new Error("create failed");
    const id = created.value.draft.id;
    const results = await Promise.all([
      saveDraft(db(), clerk, id, 1, withCase("a")),
      saveDraft(db(), judge, id, 1, withCase("b")),
      saveDraft(db(), clerk, id, 1, withCase("c")),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.code === "conflict")).toHaveLength(2);
    expect(await rows(id)).toBe(2);
  });

  it("restoring an old revision writes it as a new version", async () => {
    const { clerk } = await seedChambers(db(), "Save 4");
    const created = await createDraft(db(), clerk, { data: withCase("one") });
    if (!created.ok) throw new Error("create failed");
    const id = created.value.draft.id;
    await saveDraft(db(), clerk, id, 1, withCase("two"));
    const restored = await restoreVersion(db(), clerk, id, 1);
    expect(restored).toMatchObject({
      ok: true,
      value: {
        draft: { currentRevision: 3 },
        version: { revision: 3, note: "Restored revision 1", data: withCase("one") },
      },
    });
    expect(await restoreVersion(db(), clerk, id, 9)).toEqual({ ok: false, code: "not-found" });
    const audit = await db().select().from(auditEvents).where(eq(auditEvents.draftId, id));
    expect(audit.map((e) => e.action)).toEqual(["created", "saved", "restored"]);
    expect(audit[2]?.detail).toEqual({ revision: 3, fromRevision: 1 });
  });

  it("invalid data is rejected by MotionDraftSchema with field paths, and nothing is written", async () => {
    const { clerk } = await seedChambers(db(), "Save 5");
    const created = await createDraft(db(), clerk);
    if (!created.ok) throw new Error("create failed");
    const id = created.value.draft.id;
    const bad = {
      ...emptyDraft(),
      schemaVersion: 99,
      case: { judge: {}, parties: [{ id: "p1", name: "x".repeat(10_000), side: "intervenor" }] },
    };
    const answer = await saveDraft(db(), clerk, id, 1, bad);
    expect(answer.ok).toBe(false);
    if (answer.ok || answer.code !== "invalid") throw new Error("expected invalid");
    const paths = answer.issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(["schemaVersion", "case.parties.0.name", "case.parties.0.side"]));
    expect(await rows(id)).toBe(1);
    expect(await createDraft(db(), clerk, { data: { nonsense: true } })).toMatchObject({ ok: false, code: "invalid" });
    const audit = await db().select().from(auditEvents).where(eq(auditEvents.draftId, id));
    expect(audit).toHaveLength(1);
  });

  it("a stored draft of schema version 1 reads back upgraded, meaning what it meant", async () => {
    const { clerk } = await seedChambers(db(), "Save 7");
    const created = await createDraft(db(), clerk);
    if (!created.ok) throw new Error("create failed");
    const id = created.value.draft.id;
    const v1 = {
      ...emptyDraft(),
      schemaVersion: 1,
      certification: { ...emptyDraft().certification, decision: "grant", stayProceedingsOnGrant: true },
    };
    await db()
      .update(draftVersions)
      .set({ data: v1 as unknown as MotionDraft })
      .where(eq(draftVersions.draftId, id));
    const read = await getDraft(db(), clerk, id);
    if (!read.ok) throw new Error("read failed");
    expect(read.value.version.data.schemaVersion).toBe(SCHEMA_VERSION);
    expect(read.value.version.data.certification.statusReportDays).toBe(14);
  });

  it("a stored version that no longer parses fails loudly on read", async () => {
    const { clerk } = await seedChambers(db(), "Save 6");
    const created = await createDraft(db(), clerk);
    if (!created.ok) throw new Error("create failed");
    const id = created.value.draft.id;
    await db()
      .update(draftVersions)
      .set({ data: { schemaVersion: 99 } as unknown as MotionDraft })
      .where(eq(draftVersions.draftId, id));
    await expect(getDraft(db(), clerk, id)).rejects.toThrow(/does not parse: schemaVersion/);
  });
});
