import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { emptyDraft } from "@/lib/motion/empty-draft";
import { TEST_BACKENDS, seedChambers, useTestDb } from "@/server/db/testing";
import { createDraft, getDraft, listAuditEvents, saveDraft, submitForReview } from "./index";

vi.mock("server-only", () => ({}));

/** The status each audit action leaves a draft in (actions that change none are absent). */
const STATUS_AFTER = { created: "drafting", saved: "drafting", submitted: "in-review" } as const;

describe.each(TEST_BACKENDS)("a submit racing saves on $name", (backend) => {
  const db = useTestDb(backend, { beforeAll, afterAll });

  it("never ends with a submitted draft back in drafting: the status and the audit trail agree", async () => {
    const { clerk, judge } = await seedChambers(db(), "Race");
    for (let round = 0; round < 25; round++) {
      const created = await createDraft(db(), clerk);
      if (!created.ok) throw new Error("create failed");
      const id = created.value.draft.id;
      const data = emptyDraft();
      data.case.caseNumber = `race-${round}`;
      // A save from the loaded revision, a submit, and more saves, all at once.
      const [firstSave, submitted, ...laterSaves] = await Promise.all([
        saveDraft(db(), clerk, id, 1, data),
        submitForReview(db(), judge, id),
        saveDraft(db(), judge, id, 1, data),
        saveDraft(db(), clerk, id, 2, data),
      ]);
      const head = await getDraft(db(), clerk, id);
      if (!head.ok) throw new Error("draft vanished");
      const events = await listAuditEvents(db(), clerk, id);
      if (!events.ok) throw new Error("no audit trail");
      const lastStatusEvent = events.value
        .map((event) => event.action)
        .filter((action): action is keyof typeof STATUS_AFTER => action in STATUS_AFTER)
        .at(-1);
      const where = `round ${round}: submit ${submitted.ok}, saves ${[firstSave, ...laterSaves].map((s) => s.ok)}`;
      expect(head.value.draft.status, where).toBe(STATUS_AFTER[lastStatusEvent!]);
      if (submitted.ok) expect(head.value.draft.status, where).toBe("in-review");
      // Every answered save is in the history: a 200 is never a lost save.
      const savedRevisions = [firstSave, ...laterSaves].flatMap((s) => (s.ok ? [s.value.version.revision] : []));
      expect(head.value.draft.currentRevision, where).toBe(Math.max(1, ...savedRevisions));
    }
  });
});
