import { describe, expect, it } from "vitest";
import { emptyDraft } from "./empty-draft";
import { MotionDraftSchema } from "./schema";
import { makeDraft, mergeDraft } from "./testing";

describe("makeDraft", () => {
  it("is emptyDraft() without overrides", () => {
    expect(makeDraft()).toEqual(emptyDraft());
  });

  it("deep-merges objects and keeps the containers it does not touch", () => {
    const draft = makeDraft({ certification: { controllingQuestion: { isPureQuestionOfLaw: true } } });
    expect(draft.certification.controllingQuestion).toEqual({ isPureQuestionOfLaw: true });
    expect(draft.certification.questions).toEqual([]);
    expect(draft.certification.substantialGround).toEqual({});
    expect(MotionDraftSchema.safeParse(draft).success).toBe(true);
  });

  it("replaces arrays whole", () => {
    const base = makeDraft({ motion: { movantPartyIds: ["a", "b"] } });
    expect(mergeDraft(base, { motion: { movantPartyIds: ["c"] } }).motion.movantPartyIds).toEqual(["c"]);
  });

  it("clears an answer given as undefined", () => {
    const base = makeDraft({ certification: { decision: "grant" } });
    expect("decision" in mergeDraft(base, { certification: { decision: undefined } }).certification).toBe(false);
  });

  it("does not change the base it merges into", () => {
    const base = makeDraft({ case: { judge: { name: "A" } } });
    mergeDraft(base, { case: { judge: { name: "B" } } });
    expect(base.case.judge.name).toBe("A");
  });
});
