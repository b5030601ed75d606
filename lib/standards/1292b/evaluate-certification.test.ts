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
    [
      "grant in part: a grant of the questions certified",
      {
        certification: {
          ...ALL_MET,
          decision: "grant-in-part",
          questions: [
            { id: "q1", text: "Whether A?", ruling: "certify" },
            { id: "q2", text: "Whether B?", ruling: "refuse", refusedFor: "substantial-ground" },
          ],
        },
      },
      {
        disposition: "granted",
        inPart: true,
        basis: "all-elements-met",
        questions: [
          { questionId: "q1", ruling: "certified" },
          { questionId: "q2", ruling: "refused", refusedFor: "substantial-ground" },
        ],
      },
    ],
    [
      "deny in discretion with the second element not treated as a finding (corpus 13)",
      {
        certification: {
          controllingQuestion: { isPureQuestionOfLaw: true, couldMateriallyAffectOutcome: true },
          materiallyAdvance: { wouldMateriallyAdvance: true },
          decision: "deny",
          discretionaryDenialReasoning: "Piecemeal litigation.",
        },
        analysis: { order: "all-elements" },
      },
      { disposition: "denied", basis: "discretionary-denial", discretionary: true, allMet: false },
    ],
    [
      "deny as untimely, no element failing",
      { certification: { ...ALL_MET, decision: "deny", untimeliness: { isUntimely: true } } },
      { disposition: "denied", basis: "untimely", untimely: true },
    ],
    [
      "vacate and re-enter on a grant with amendment",
      { certification: { ...ALL_MET, decision: "grant" }, amendment: { requested: true, form: "vacate-and-reenter" } },
      { amendsOrderUnderReview: true, amendmentForm: "vacate-and-reenter" },
    ],
  ] as const)("%s", (_name, overrides, expected) => {
    const result = evaluateCertification(makeDraft(overrides as DraftOverrides<MotionDraft>));
    expect(result).toMatchObject(expected);
  });

  it("lets a question unruled follow the motion, and leaves it out on a grant in part", () => {
    const questions = [{ id: "q1", text: "Whether A?" }];
    expect(evaluateCertification(makeDraft({ certification: { decision: "grant", questions } })).questions).toEqual([
      { questionId: "q1", ruling: "certified" },
    ]);
    expect(evaluateCertification(makeDraft({ certification: { decision: "deny", questions } })).questions).toEqual([
      { questionId: "q1", ruling: "refused" },
    ]);
    expect(
      evaluateCertification(makeDraft({ certification: { decision: "grant-in-part", questions } })).questions,
    ).toEqual([]);
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
