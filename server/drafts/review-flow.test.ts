import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { emptyDraft } from "@/lib/motion/empty-draft";
import { TEST_BACKENDS, seedChambers, useTestDb } from "@/server/db/testing";
import {
  addComment,
  approveDraft,
  createDraft,
  listAuditEvents,
  listComments,
  resolveComment,
  returnDraft,
  saveDraft,
  submitForReview,
} from "./index";

vi.mock("server-only", () => ({}));

describe.each(TEST_BACKENDS)("review on $name", (backend) => {
  const db = useTestDb(backend, { beforeAll, afterAll });
  const newDraft = async () => {
    const people = await seedChambers(db(), `Review ${Math.random()}`);
    const created = await createDraft(db(), people.clerk);
    if (!created.ok) throw new Error("create failed");
    return { ...people, id: created.value.draft.id };
  };

  it("status transitions: submit → return → save → submit → approve, each by the right role", async () => {
    const { clerk, judge, id } = await newDraft();
    expect(await approveDraft(db(), judge, id)).toMatchObject({
      ok: false,
      code: "conflict",
      reason: "status",
      status: "drafting",
    });
    expect(await submitForReview(db(), clerk, id)).toMatchObject({ ok: true, value: { status: "in-review" } });
    expect(await submitForReview(db(), clerk, id)).toMatchObject({ ok: false, code: "conflict", status: "in-review" });
    // In review the draft is locked.
    expect(await saveDraft(db(), clerk, id, 1, emptyDraft())).toMatchObject({
      ok: false,
      code: "conflict",
      reason: "locked",
    });
    expect(await returnDraft(db(), clerk, id, "self-return")).toEqual({ ok: false, code: "forbidden-role" });
    expect(await approveDraft(db(), clerk, id)).toEqual({ ok: false, code: "forbidden-role" });
    expect(await returnDraft(db(), judge, id, "Address the third element.")).toMatchObject({
      ok: true,
      value: { status: "returned" },
    });
    expect(await saveDraft(db(), clerk, id, 1, emptyDraft())).toMatchObject({
      ok: true,
      value: { draft: { status: "drafting", currentRevision: 2 } },
    });
    expect(await submitForReview(db(), clerk, id)).toMatchObject({ ok: true });
    expect(await approveDraft(db(), judge, id)).toMatchObject({ ok: true, value: { status: "approved" } });
    expect(await saveDraft(db(), judge, id, 2, emptyDraft())).toMatchObject({
      ok: false,
      code: "conflict",
      reason: "locked",
      status: "approved",
    });
    expect(await returnDraft(db(), judge, id, "too late")).toMatchObject({
      ok: false,
      code: "conflict",
      status: "approved",
    });
  });

  it("comments: anchored, validated, resolved once, listed", async () => {
    const { clerk, judge, id } = await newDraft();
    const added = await addComment(db(), judge, id, {
      anchor: { section: "discussion", blockIndex: 2, quote: "materially advance" },
      body: "Cite the circuit.",
    });
    expect(added).toMatchObject({ ok: true, value: { revision: 1, authorId: judge.userId, resolvedAt: null } });
    if (!added.ok) throw new Error("add failed");
    const invalid = await addComment(db(), judge, id, {
      anchor: { section: "preamble", blockIndex: -1 },
      body: "x".repeat(5001),
    });
    expect(invalid.ok).toBe(false);
    if (invalid.ok || invalid.code !== "invalid") throw new Error("expected invalid");
    expect(invalid.issues.map((i) => i.path).sort()).toEqual(["anchor.blockIndex", "anchor.section", "body"]);
    expect(await addComment(db(), judge, id, { anchor: { section: "stay" }, body: "   " })).toMatchObject({
      ok: false,
      code: "invalid",
    });
    expect(
      await addComment(db(), judge, id, { anchor: { section: "stay" }, body: "later", revision: 5 }),
    ).toMatchObject({ ok: false, code: "invalid", issues: [{ path: "revision" }] });
    const resolved = await resolveComment(db(), clerk, added.value.id);
    expect(resolved).toMatchObject({ ok: true, value: { resolvedBy: clerk.userId } });
    expect(resolved.ok && resolved.value.resolvedAt).toBeInstanceOf(Date);
    expect(await resolveComment(db(), clerk, added.value.id)).toMatchObject({
      ok: false,
      code: "conflict",
      reason: "already-resolved",
    });
    const list = await listComments(db(), clerk, id);
    expect(list.ok && list.value.map((c) => c.body)).toEqual(["Cite the circuit."]);
  });

  it("the audit trail records every change, in order, by whom", async () => {
    const { clerk, judge, id } = await newDraft();
    await saveDraft(db(), clerk, id, 1, emptyDraft());
    await submitForReview(db(), clerk, id);
    const comment = await addComment(db(), judge, id, { anchor: { section: "conclusion" }, body: "Fix the date." });
    if (!comment.ok) throw new Error("add failed");
    await resolveComment(db(), clerk, comment.value.id);
    await returnDraft(db(), judge, id, "See comments.");
    await approveDraft(db(), clerk, id); // refused: no event
    await saveDraft(db(), clerk, id, 1, emptyDraft()); // stale: no event
    const audit = await listAuditEvents(db(), clerk, id);
    if (!audit.ok) throw new Error("list failed");
    expect(audit.value.map((e) => [e.action, e.actorId === judge.userId ? "judge" : "clerk"])).toEqual([
      ["created", "clerk"],
      ["saved", "clerk"],
      ["submitted", "clerk"],
      ["commented", "judge"],
      ["resolved-comment", "clerk"],
      ["returned", "judge"],
    ]);
    expect(audit.value[5]?.detail).toEqual({ from: "in-review", to: "returned", revision: 2, note: "See comments." });
  });
});
