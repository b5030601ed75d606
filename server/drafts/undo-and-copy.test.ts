import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { makeDraft } from "@/lib/motion/testing";
import { TEST_BACKENDS, seedChambers, useTestDb } from "@/server/db/testing";
import {
  approveDraft,
  createDraft,
  duplicateDraft,
  getDraft,
  listAuditEvents,
  listVersions,
  saveDraft,
  submitForReview,
  withdrawApproval,
} from "./index";

vi.mock("server-only", () => ({}));

describe.each(TEST_BACKENDS)("withdrawing an approval, and duplicating a draft, on $name", (backend) => {
  const db = useTestDb(backend, { beforeAll, afterAll });
  const approvedDraft = async () => {
    const people = await seedChambers(db(), `Undo ${Math.random()}`);
    const created = await createDraft(db(), people.clerk);
    if (!created.ok) throw new Error("create failed");
    const id = created.value.draft.id;
    await submitForReview(db(), people.clerk, id);
    await approveDraft(db(), people.judge, id);
    return { ...people, id };
  };

  it("the judge takes an approval back to review, with the reason in the audit trail", async () => {
    const { judge, clerk, id } = await approvedDraft();
    expect(await withdrawApproval(db(), clerk, id, "in-review")).toEqual({ ok: false, code: "forbidden-role" });
    const withdrawn = await withdrawApproval(db(), judge, id, "in-review", "The stay paragraph needs another look.");
    expect(withdrawn).toMatchObject({ ok: true, value: { status: "in-review" } });
    // Still locked for edits while in review, and it can be approved again.
    expect(await saveDraft(db(), clerk, id, 1, makeDraft())).toMatchObject({ ok: false, reason: "locked" });
    expect(await approveDraft(db(), judge, id)).toMatchObject({ ok: true, value: { status: "approved" } });
    const events = await listAuditEvents(db(), judge, id);
    if (!events.ok) throw new Error("audit failed");
    expect(events.value.map((e) => e.action)).toEqual([
      "created",
      "submitted",
      "approved",
      "approval-withdrawn",
      "approved",
    ]);
    expect(events.value[3]).toMatchObject({
      actorId: judge.userId,
      detail: { from: "approved", to: "in-review", revision: 1, note: "The stay paragraph needs another look." },
    });
  });

  it("the judge takes an approval back to drafting, and the clerk can edit again", async () => {
    const { judge, clerk, id } = await approvedDraft();
    expect(await withdrawApproval(db(), judge, id, "drafting")).toMatchObject({
      ok: true,
      value: { status: "drafting" },
    });
    expect(await saveDraft(db(), clerk, id, 1, makeDraft({ orderDate: "2026-12-01" }))).toMatchObject({ ok: true });
    // Only an approved draft has an approval to withdraw.
    expect(await withdrawApproval(db(), judge, id, "in-review")).toMatchObject({
      ok: false,
      code: "conflict",
      reason: "status",
      status: "drafting",
    });
  });

  it("any draft duplicates as a new draft whose first version is the source's current answers", async () => {
    const { judge, clerk, id } = await approvedDraft();
    const answers = makeDraft({ motion: { titleAsFiled: "Motion to Certify" } });
    // Approved drafts duplicate too: a signed order is a good start for the next one.
    const source = await getDraft(db(), judge, id);
    if (!source.ok) throw new Error("get failed");
    await withdrawApproval(db(), judge, id, "drafting");
    await saveDraft(db(), clerk, id, 1, answers);

    const copy = await duplicateDraft(db(), clerk, id);
    if (!copy.ok) throw new Error(`duplicate failed: ${JSON.stringify(copy)}`);
    expect(copy.value.draft).toMatchObject({ status: "drafting", currentRevision: 1, createdBy: clerk.userId });
    expect(copy.value.draft.id).not.toBe(id);
    expect(copy.value.version).toMatchObject({ revision: 1, data: answers });
    expect(copy.value.version.note).toMatch(/Copied from revision 2 of/);
    const copyVersions = await listVersions(db(), clerk, copy.value.draft.id);
    expect(copyVersions.ok && copyVersions.value.length).toBe(1);

    const copyEvents = await listAuditEvents(db(), clerk, copy.value.draft.id);
    const sourceEvents = await listAuditEvents(db(), clerk, id);
    if (!copyEvents.ok || !sourceEvents.ok) throw new Error("audit failed");
    expect(copyEvents.value.map((e) => [e.action, e.detail])).toEqual([
      ["created", { revision: 1, duplicatedFrom: id, fromRevision: 2 }],
    ]);
    expect(sourceEvents.value.at(-1)).toMatchObject({
      action: "duplicated",
      actorId: clerk.userId,
      detail: { revision: 2, into: copy.value.draft.id },
    });
  });

  it("another chambers cannot duplicate the draft", async () => {
    const { id } = await approvedDraft();
    const other = await seedChambers(db(), `Other ${Math.random()}`);
    expect(await duplicateDraft(db(), other.clerk, id)).toEqual({ ok: false, code: "not-found" });
  });
});
