import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MotionDraftSchema, type MotionDraft } from "@/lib/motion/schema";
import { draftReadiness, stepIdForItem } from "./step-status";
import { neededBeforeNext } from "./needed-before-next";

const seed = (name: string): MotionDraft =>
  MotionDraftSchema.parse(JSON.parse(readFileSync(`fixtures/seeds/${name}.json`, "utf8")));

/** Seed 000 as a clerk has it on reaching the elements: the ruling step not answered yet. */
function seed000BeforeTheRuling(): MotionDraft {
  const draft = seed("000");
  const { decision: _decision, ...certification } = draft.certification;
  return { ...draft, certification: { ...certification, materiallyAdvance: {} }, analysis: { slotChoices: {} } };
}

describe("neededBeforeNext", () => {
  it("lets a clerk past the elements and the stay whose needs the ruling decides (seed 000 decides only the third element and leaves the stay to be denied as moot)", () => {
    const draft = seed000BeforeTheRuling();
    const needed = (step: Parameters<typeof neededBeforeNext>[1]) =>
      draftReadiness(draft).filter((i) => stepIdForItem(i) === step);
    // What the order would still need if the ruling never came: the reason the wizard used to stop here.
    expect(needed("controlling-question").length).toBeGreaterThan(0);
    for (const step of ["controlling-question", "substantial-ground", "materially-advance", "stay"] as const)
      expect(neededBeforeNext(draft, step)).toEqual([]);
  });

  it("still insists on the answers of the posture steps", () => {
    const draft = seed("000");
    const withoutJudge = { ...draft, case: { ...draft.case, judge: { ...draft.case.judge, name: undefined } } };
    expect(neededBeforeNext(withoutJudge as MotionDraft, "court").map((item) => item.field)).toContain(
      "case.judge.name",
    );
  });
});
