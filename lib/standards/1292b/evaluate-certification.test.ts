import { describe, expect, it } from "vitest";
import { makeDraft, type DraftOverrides } from "@/lib/motion/testing";
import type { MotionDraft } from "@/lib/motion/schema";
import { evaluateCertification } from "./evaluate-certification";

const ALL_MET: DraftOverrides<MotionDraft["certification"]> = {
  controllingQuestion: { isPureQuestionOfLaw: true, couldMateriallyAffectOutcome: true },
  substantialGround: { basis: "circuit-split" },
  materiallyAdvance: { wouldMateriallyAdvance: true },
};
const FIRST_FAILS: DraftOverrides<MotionDraft["certification"]> = {
  controllingQuestion: { isPureQuestionOfLaw: false },
};

describe("certification disposition", () => {
  it.each([
    [
      "grant, all met, stayed",
      { certification: { ...ALL_MET, decision: "grant", stayProceedingsOnGrant: true } },
      {
        disposition: "granted",
        basis: "all-elements-met",
        allMet: true,
        proceedings: "stayed",
        amendsOrderUnderReview: false,
      },
    ],
    [
      "grant, all met, not stayed",
      { certification: { ...ALL_MET, decision: "grant", stayProceedingsOnGrant: false } },
      {
        disposition: "granted",
        basis: "all-elements-met",
        allMet: true,
        proceedings: "not-stayed",
        amendsOrderUnderReview: false,
      },
    ],
    [
      // Unanswered, the order says nothing of proceedings (docs/corpus.md: orders 15, 16, 20).
      "grant, stay on grant unanswered",
      { certification: { ...ALL_MET, decision: "grant" } },
      { disposition: "granted" },
    ],
    [
      "grant, stay on grant unanswered but stay of proceedings granted",
      { certification: { ...ALL_MET, decision: "grant" }, stay: { requested: true, decision: "grant" } },
      { disposition: "granted", proceedings: "stayed" },
    ],
    [
      "grant, stay on grant unanswered, stay of the order pending appeal granted",
      {
        certification: { ...ALL_MET, decision: "grant" },
        stay: { requested: true, kind: "order-pending-appeal", decision: "grant" },
      },
      { disposition: "granted" },
    ],
    [
      "grant, proceedings not stayed on grant, stay of the order pending appeal granted",
      {
        certification: { ...ALL_MET, decision: "grant", stayProceedingsOnGrant: false },
        stay: { requested: true, kind: "order-pending-appeal", decision: "grant" },
      },
      { disposition: "granted", proceedings: "not-stayed" },
    ],
    [
      "grant, stay pending another court granted in part",
      {
        certification: { ...ALL_MET, decision: "grant", stayProceedingsOnGrant: false },
        stay: { requested: true, kind: "proceedings-pending-other-court", decision: "grant-in-part" },
      },
      { disposition: "granted", proceedings: "stayed" },
    ],
    [
      "grant with FRAP 5(a)(3) amendment",
      { certification: { ...ALL_MET, decision: "grant" }, amendment: { requested: true } },
      { disposition: "granted", amendsOrderUnderReview: true },
    ],
    [
      "deny, an element not met",
      { certification: { ...FIRST_FAILS, decision: "deny" }, amendment: { requested: true } },
      { disposition: "denied", basis: "element-not-met", allMet: false, amendsOrderUnderReview: false },
    ],
    [
      "deny, all met",
      { certification: { ...ALL_MET, decision: "deny" } },
      { disposition: "denied", basis: "discretionary-denial", allMet: true },
    ],
    [
      "deny, elements unanswered",
      { certification: { decision: "deny" } },
      { disposition: "denied", basis: "undecided", allMet: false },
    ],
    [
      "grant, an element not met",
      { certification: { ...FIRST_FAILS, decision: "grant" } },
      { disposition: "granted", basis: "undecided", allMet: false },
    ],
    ["undecided", { certification: ALL_MET }, { disposition: "undecided", basis: "undecided", allMet: true }],
  ] as const)("%s", (_name, overrides, expected) => {
    const result = evaluateCertification(makeDraft(overrides as DraftOverrides<MotionDraft>));
    expect(result).toMatchObject(expected);
  });

  it("records no proceedings value on a grant whose stay question is unanswered (docs/corpus.md: 15, 16, 20)", () => {
    const grant = { certification: { ...ALL_MET, decision: "grant" as const } };
    expect(evaluateCertification(makeDraft(grant)).proceedings).toBeUndefined();
    const orderStayed = {
      ...grant,
      stay: { requested: true, kind: "order-pending-appeal" as const, decision: "grant" as const },
    };
    expect(evaluateCertification(makeDraft(orderStayed)).proceedings).toBeUndefined();
  });

  it("records no proceedings value unless granted", () => {
    expect(
      evaluateCertification(makeDraft({ certification: { decision: "deny", stayProceedingsOnGrant: true } }))
        .proceedings,
    ).toBeUndefined();
  });

  it("applies the chambers' order of analysis", () => {
    const stop = evaluateCertification(makeDraft({ certification: { ...ALL_MET, ...FIRST_FAILS, decision: "deny" } }));
    expect(stop.notReached).toEqual(["substantial-ground", "materially-advance"]);
    const all = evaluateCertification(
      makeDraft({
        certification: { ...ALL_MET, ...FIRST_FAILS, decision: "deny" },
        analysis: { order: "all-elements" },
      }),
    );
    expect(all.notReached).toEqual([]);
    expect(all.elements.map((e) => e.status)).toEqual(["not-met", "met", "met"]);
  });
});
