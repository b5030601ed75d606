import { describe, expect, it } from "vitest";
import { makeDraft, type DraftOverrides } from "@/lib/motion/testing";
import type { MotionDraft } from "@/lib/motion/schema";
import { evaluateCertification } from "../1292b/evaluate-certification";
import { evaluateStay } from "./stay";

const evaluate = (overrides: DraftOverrides<MotionDraft>) => {
  const draft = makeDraft(overrides);
  return evaluateStay(draft, evaluateCertification(draft));
};

describe("stay disposition", () => {
  it.each([
    ["not requested", {}, { disposition: "not-requested", reason: "not-requested", placement: "section" }],
    [
      "certification denied, stay undecided: denied as moot in a footnote (seed 002)",
      { certification: { decision: "deny" }, stay: { requested: true } },
      { disposition: "denied-as-moot", reason: "moot-certification-denied", placement: "footnote" },
    ],
    [
      "certification denied, stay denied as moot, in a section by choice",
      {
        certification: { decision: "deny" },
        stay: { requested: true, decision: "deny-as-moot", placement: "section" },
      },
      { disposition: "denied-as-moot", reason: "moot-certification-denied", placement: "section" },
    ],
    [
      "certification denied, stay denied on its factors (seed 000)",
      { certification: { decision: "deny" }, stay: { requested: true, decision: "deny" } },
      { disposition: "denied", reason: "factors-not-shown", placement: "section" },
    ],
    [
      "certification denied, stay granted (warned)",
      { certification: { decision: "deny" }, stay: { requested: true, decision: "grant" } },
      { disposition: "granted", reason: "factors-shown" },
    ],
    [
      "certification granted, stay granted",
      { certification: { decision: "grant" }, stay: { requested: true, decision: "grant" } },
      { disposition: "granted", reason: "factors-shown", placement: "section" },
    ],
    [
      "certification granted, stay denied",
      { certification: { decision: "grant" }, stay: { requested: true, decision: "deny" } },
      { disposition: "denied", reason: "factors-not-shown" },
    ],
    [
      "certification granted with proceedings stayed: granted with certification",
      { certification: { decision: "grant", stayProceedingsOnGrant: true }, stay: { requested: true } },
      { disposition: "granted", reason: "granted-with-certification", placement: "section" },
    ],
    [
      "certification granted, proceedings not stayed, stay undecided",
      { certification: { decision: "grant", stayProceedingsOnGrant: false }, stay: { requested: true } },
      { disposition: "undecided", reason: "undecided" },
    ],
    [
      "certification granted, stay denied as moot on other grounds",
      { certification: { decision: "grant" }, stay: { requested: true, decision: "deny-as-moot" } },
      { disposition: "denied-as-moot", reason: "moot", placement: "footnote" },
    ],
    [
      "certification undecided, stay undecided",
      { stay: { requested: true } },
      { disposition: "undecided", reason: "undecided", placement: "section" },
    ],
  ] as const)("%s", (_name, overrides, expected) => {
    expect(evaluate(overrides as DraftOverrides<MotionDraft>)).toMatchObject(expected);
  });

  it("records the kind, the factors and the reasoning", () => {
    const result = evaluate({
      certification: { decision: "grant" },
      stay: {
        requested: true,
        kind: "order-pending-appeal",
        likelySuccess: true,
        irreparableInjury: false,
        reasoning: "The balance of hardships favors a stay.",
        decision: "grant",
      },
    });
    expect(result.kind).toBe("order-pending-appeal");
    expect(result.factors).toEqual({ likelySuccess: true, irreparableInjury: false });
    expect(result.reasoning).toBe("The balance of hardships favors a stay.");
  });
});
