import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { emptyDraft } from "@/lib/motion/empty-draft";
import { TEST_BACKENDS, seedChambers, useTestDb } from "@/server/db/testing";
import {
  addComment,
  approveDraft,
  createDraft,
  getDraft,
  getVersion,
  keepMineAsNewVersion,
  listAuditEvents,
  listComments,
  listDrafts,
  listVersions,
  restoreVersion,
  returnDraft,
  saveDraft,
  submitForReview,
  resolveComment,
} from "./index";

vi.mock("server-only", () => ({}));

describe.each(TEST_BACKENDS)("chambers isolation on $name", (backend) => {
  const db = useTestDb(backend, { beforeAll, afterAll });

  it("another chambers' draft is not-found for every verb, and nothing changes", async () => {
    const mine = await seedChambers(db(), "Chambers A");
    const theirs = await seedChambers(db(), "Chambers B");
    const created = await createDraft(db(), mine.clerk);
    if (!created.ok) throw new Error("create failed");
    const id = created.value.draft.id;
    const submitted = await submitForReview(db(), mine.clerk, id);
    expect(submitted.ok).toBe(true);
    const comment = await addComment(db(), mine.judge, id, {
      anchor: { section: "discussion" },
      body: "Tighten this.",
    });
    if (!comment.ok) throw new Error("comment failed");
    const before = {
      draft: await getDraft(db(), mine.clerk, id),
      audit: await listAuditEvents(db(), mine.clerk, id),
      comments: await listComments(db(), mine.clerk, id),
    };

    for (const outsider of [theirs.clerk, theirs.judge]) {
      const answers = [
        await getDraft(db(), outsider, id),
        await saveDraft(db(), outsider, id, 1, emptyDraft()),
        await keepMineAsNewVersion(db(), outsider, id, emptyDraft(), 1),
        await listVersions(db(), outsider, id),
        await getVersion(db(), outsider, id, 1),
        await restoreVersion(db(), outsider, id, 1),
        await submitForReview(db(), outsider, id),
        await returnDraft(db(), outsider, id, "no"),
        await approveDraft(db(), outsider, id),
        await addComment(db(), outsider, id, { anchor: { section: "discussion" }, body: "x" }),
        await resolveComment(db(), outsider, comment.value.id),
        await listComments(db(), outsider, id),
        await listAuditEvents(db(), outsider, id),
      ];
      for (const answer of answers) expect(answer).toEqual({ ok: false, code: "not-found" });
      expect((await listDrafts(db(), outsider)).map((d) => d.id)).not.toContain(id);
    }
    expect(await getDraft(db(), mine.clerk, id)).toEqual(before.draft);
    expect(await listAuditEvents(db(), mine.clerk, id)).toEqual(before.audit);
    expect(await listComments(db(), mine.clerk, id)).toEqual(before.comments);
  });

  it("a malformed id is not-found, not a database error", async () => {
    const { clerk } = await seedChambers(db(), "Chambers C");
    expect(await getDraft(db(), clerk, "not-a-uuid")).toEqual({ ok: false, code: "not-found" });
    expect(await resolveComment(db(), clerk, "1; drop table drafts")).toEqual({ ok: false, code: "not-found" });
  });

  it("lists only the chambers' own drafts, filtered by status", async () => {
    const { clerk } = await seedChambers(db(), "Chambers D");
    const a = await createDraft(db(), clerk);
    const b = await createDraft(db(), clerk);
    if (!a.ok || !b.ok) throw new Error("create failed");
    await submitForReview(db(), clerk, b.value.draft.id);
    expect((await listDrafts(db(), clerk)).map((d) => d.id).sort()).toEqual(
      [a.value.draft.id, b.value.draft.id].sort(),
    );
    expect((await listDrafts(db(), clerk, { status: "in-review" })).map((d) => d.id)).toEqual([b.value.draft.id]);
    expect(await listDrafts(db(), clerk, { status: "approved" })).toEqual([]);
  });
});
