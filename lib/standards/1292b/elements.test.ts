import { describe, expect, it } from "vitest";
import { makeDraft, type DraftOverrides } from "@/lib/motion/testing";
import type { Certification } from "@/lib/motion/schema";
import { ELEMENTS_1292B } from "./elements";

const element = (id: (typeof ELEMENTS_1292B)[number]["id"]) => {
  const found = ELEMENTS_1292B.find((e) => e.id === id);
  if (!found) throw new Error(id);
  return found;
};

const certification = (overrides: DraftOverrides<Certification>): Certification =>
  makeDraft({ certification: overrides }).certification;

describe("ELEMENTS_1292B", () => {
  it("lists the three statutory elements in the statute's order, each with a label and its source", () => {
    expect(ELEMENTS_1292B.map((e) => e.id)).toEqual([
      "controlling-question",
      "substantial-ground",
      "materially-advance",
    ]);
    for (const e of ELEMENTS_1292B) {
      expect(e.label).not.toBe("");
      expect(e.source).toBe("28-usc-1292-b");
    }
  });
});

describe("controlling question of law", () => {
  it.each([
    [{ isPureQuestionOfLaw: false, couldMateriallyAffectOutcome: true }, "not-met", "question-of-fact"],
    [{ isPureQuestionOfLaw: false }, "not-met", "question-of-fact"],
    [{ isPureQuestionOfLaw: true, couldMateriallyAffectOutcome: false }, "not-met", "would-not-affect-outcome"],
    [{ couldMateriallyAffectOutcome: false }, "not-met", "would-not-affect-outcome"],
    [{ isPureQuestionOfLaw: true, couldMateriallyAffectOutcome: true }, "met", "pure-question-controlling"],
    [{ isPureQuestionOfLaw: true }, "unanswered", "unanswered"],
    [{ couldMateriallyAffectOutcome: true }, "unanswered", "unanswered"],
    [{}, "unanswered", "unanswered"],
  ] as const)("%o → %s (%s)", (answers, status, reason) => {
    expect(element("controlling-question").decide(certification({ controllingQuestion: answers }))).toEqual({
      status,
      reason,
    });
  });

  it("passes the clerk's reasoning through", () => {
    const decision = element("controlling-question").decide(
      certification({ controllingQuestion: { isPureQuestionOfLaw: false, reasoning: "Judicial immunity applies." } }),
    );
    expect(decision.reasoning).toBe("Judicial immunity applies.");
  });
});

describe("substantial ground for difference of opinion", () => {
  it.each([
    [{ isMereDisagreement: true, basis: "circuit-split" }, "not-met", "mere-disagreement"],
    [{ isMereDisagreement: true }, "not-met", "mere-disagreement"],
    [{ basis: "none" }, "not-met", "no-substantial-ground"],
    [{ isMereDisagreement: false, basis: "none" }, "not-met", "no-substantial-ground"],
    [{ basis: "circuit-split" }, "met", "circuit-split"],
    [{ basis: "no-controlling-authority-courts-disagree" }, "met", "no-controlling-authority-courts-disagree"],
    [{ basis: "novel-and-difficult", isMereDisagreement: false }, "met", "novel-and-difficult"],
    [{ basis: "contrary-to-other-circuits" }, "met", "contrary-to-other-circuits"],
    // Found in the court's own reasons: no listed ground invented for it.
    [{ basis: "stated-in-reasons" }, "met", "stated-in-reasons"],
    [{ isMereDisagreement: false }, "unanswered", "unanswered"],
    [{}, "unanswered", "unanswered"],
  ] as const)("%o → %s (%s)", (answers, status, reason) => {
    expect(element("substantial-ground").decide(certification({ substantialGround: answers }))).toEqual({
      status,
      reason,
    });
  });
});

describe("materially advance the ultimate termination of the litigation", () => {
  it.each([
    [{ isTrialImminent: true, wouldMateriallyAdvance: true }, "not-met", "trial-imminent"],
    [{ isTrialImminent: true }, "not-met", "trial-imminent"],
    [{ wouldMateriallyAdvance: false }, "not-met", "would-not-advance"],
    [{ isTrialImminent: false, wouldMateriallyAdvance: false }, "not-met", "would-not-advance"],
    [{ wouldMateriallyAdvance: true }, "met", "would-advance-termination"],
    [{ isTrialImminent: false, wouldMateriallyAdvance: true }, "met", "would-advance-termination"],
    [{ isTrialImminent: false }, "unanswered", "unanswered"],
    [{}, "unanswered", "unanswered"],
  ] as const)("%o → %s (%s)", (answers, status, reason) => {
    expect(element("materially-advance").decide(certification({ materiallyAdvance: answers }))).toEqual({
      status,
      reason,
    });
  });
});
