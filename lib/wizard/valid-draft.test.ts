import { describe, expect, it } from "vitest";
import { emptyDraft } from "@/lib/motion/empty-draft";
import { restoreDraft } from "./restore-draft";
import { toValidDraft } from "./valid-draft";

describe("toValidDraft", () => {
  it("sets aside an answer that fails the schema and keeps the rest", () => {
    const draft = emptyDraft();
    draft.motion.docketNumber = "49-";
    draft.motion.titleAsFiled = "Motion to Certify";
    const valid = toValidDraft(draft);
    expect(valid?.motion.docketNumber).toBeUndefined();
    expect(valid?.motion.titleAsFiled).toBe("Motion to Certify");
  });

  it("drops a list item whose required value is broken", () => {
    const draft = emptyDraft() as unknown as { case: { parties: unknown[] } };
    draft.case.parties = [
      { id: "a", name: "Ann", side: "plaintiff" },
      { id: "b", name: "Bo", side: "nobody" },
    ];
    expect(toValidDraft(draft)?.case.parties.map((p) => p.id)).toEqual(["a"]);
  });
});

describe("restoreDraft", () => {
  it("fills the containers a saved draft lacks and keeps what was typed", () => {
    const restored = restoreDraft({ case: { caseNumber: "17cv218" }, motion: { docketNumber: "4" } });
    expect(restored.case.caseNumber).toBe("17cv218");
    expect(restored.case.parties).toEqual([]);
    expect(restored.motion.attachmentNumbers).toEqual([]);
    expect(restored.motion.docketNumber).toBe("4");
  });
});
