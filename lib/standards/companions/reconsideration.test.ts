import { describe, expect, it } from "vitest";
import { makeDraft, type DraftOverrides } from "@/lib/motion/testing";
import type { MotionDraft } from "@/lib/motion/schema";
import { evaluateReconsideration } from "./reconsideration";

const evaluate = (overrides: DraftOverrides<MotionDraft>) => evaluateReconsideration(makeDraft(overrides));

describe("reconsideration disposition", () => {
  it.each([
    ["not requested", {}, "not-requested"],
    ["requested false", { reconsideration: { requested: false, decision: "grant" } }, "not-requested"],
    ["granted", { reconsideration: { requested: true, decision: "grant" } }, "granted"],
    ["denied", { reconsideration: { requested: true, decision: "deny" } }, "denied"],
    ["undecided", { reconsideration: { requested: true } }, "undecided"],
  ] as const)("%s → %s", (_name, overrides, disposition) => {
    expect(evaluate(overrides as DraftOverrides<MotionDraft>).disposition).toBe(disposition);
  });
});

describe("rule applied", () => {
  it.each([
    ["the clerk's choice first", { ruleInvoked: "59e", ruleApplied: "54b" }, false, "54b"],
    // Seed 002's court applied Rule 59(e) to an interlocutory order; the order applies Rule 54(b) instead.
    [
      "else the rule invoked, but Rule 54(b) for an interlocutory order asked under Rule 59(e)",
      { ruleInvoked: "59e" },
      false,
      "54b",
    ],
    ["else the rule invoked", { ruleInvoked: "60b" }, false, "60b"],
    ["else Rule 54(b) for an interlocutory order", {}, false, "54b"],
    ["else Rule 59(e) for a final judgment", {}, true, "59e"],
    ["nothing when the order's kind is unknown", {}, undefined, undefined],
  ] as const)("%s", (_name, answers, isFinalJudgment, ruleApplied) => {
    const result = evaluate({
      reconsideration: { requested: true, ...answers },
      orderUnderReview: { isFinalJudgment },
    });
    expect(result.ruleApplied).toBe(ruleApplied);
  });

  it("keeps the rule invoked beside the rule applied", () => {
    expect(evaluate({ reconsideration: { requested: true, ruleInvoked: "60b" } }).ruleInvoked).toBe("60b");
  });
});

describe("grounds shown", () => {
  it("lists each ground the clerk found, in the courts' order", () => {
    const result = evaluate({
      reconsideration: {
        requested: true,
        extraordinaryCircumstances: true,
        newEvidence: true,
        clearErrorOrManifestInjustice: false,
        interveningChangeInLaw: true,
      },
    });
    expect(result.groundsShown).toEqual(["new-evidence", "intervening-change", "extraordinary-circumstances"]);
  });

  it("is empty when none is shown (seed 002)", () => {
    expect(evaluate({ reconsideration: { requested: true, decision: "deny" } }).groundsShown).toEqual([]);
  });
});
