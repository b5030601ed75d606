import { describe, expect, it } from "vitest";
import { emptyDraft } from "@/lib/motion/empty-draft";
import type { MotionDraft } from "@/lib/motion/schema";
import type { DraftOverrides } from "@/lib/motion/testing";
import { readiness } from "./readiness";
import { STEP_IDS } from "./step-id";
import { seed002Draft } from "./testing";

const fields = (items: ReturnType<typeof readiness>) => items.map((i) => i.field);

describe("readiness", () => {
  it("asks on a grant in part for each question's ruling and a refused question's reasons, and for reasons-only findings", () => {
    const draft = seed002Draft({
      certification: {
        decision: "grant-in-part",
        substantialGround: { basis: "stated-in-reasons" },
        questions: [
          { id: "q1", text: "Whether A?" },
          { id: "q2", text: "Whether B?", ruling: "refuse" },
        ],
      },
    });
    expect(fields(readiness(draft))).toEqual(
      expect.arrayContaining([
        "certification.substantialGround.reasoning",
        "certification.questions.0.ruling",
        "certification.questions.1.refusalReasoning",
      ]),
    );
  });

  it("lists what an empty draft needs, in wizard order", () => {
    expect(fields(readiness(emptyDraft()))).toEqual([
      "case.districtId",
      "case.caseNumber",
      "case.judge.name",
      "case.judge.title",
      "case.parties",
      "orderUnderReview.date",
      "motion.titleAsFiled",
      "motion.movantPartyIds",
      "motion.docketNumber",
      "certification.controllingQuestion.isPureQuestionOfLaw",
      "certification.controllingQuestion.couldMateriallyAffectOutcome",
      "certification.substantialGround.basis",
      "certification.materiallyAdvance.wouldMateriallyAdvance",
      "orderDate",
      "certification.decision",
    ]);
  });

  it("speaks plainly and points every item to a wizard step", () => {
    for (const item of readiness(emptyDraft())) {
      expect(STEP_IDS).toContain(item.step);
      expect(item.message).toMatch(/^[A-Z][^.]*[a-z)]$/);
    }
    expect(readiness(emptyDraft())).toContainEqual({
      field: "case.caseNumber",
      step: "court",
      message: "Enter the case number as the court prints it",
    });
    expect(readiness(emptyDraft())).toContainEqual({
      field: "case.parties",
      step: "parties",
      message: "Add at least one plaintiff and one defendant",
    });
  });

  it("is empty for a complete draft (seed 002: elements after the first failure need no answers)", () => {
    expect(readiness(seed002Draft())).toEqual([]);
  });

  it("asks for each element reached under all-elements", () => {
    expect(fields(readiness(seed002Draft({ analysis: { order: "all-elements" } })))).toEqual([
      "certification.substantialGround.basis",
      "certification.materiallyAdvance.wouldMateriallyAdvance",
    ]);
  });

  it.each([
    ["an unknown district", { case: { districtId: "xxd" } }, "case.districtId"],
    ["a blank case number", { case: { caseNumber: "  " } }, "case.caseNumber"],
    ["no defendant", { case: { parties: [{ id: "p1", name: "James Linlor", side: "plaintiff" }] } }, "case.parties"],
    ["a movant who is not a party", { motion: { movantPartyIds: ["gone"] } }, "motion.movantPartyIds"],
    [
      "an In re caption without the litigation's name",
      { case: { caption: { actions: "in-re" } } },
      "case.caption.inReName",
    ],
    [
      "an undecided reconsideration request",
      { reconsideration: { requested: true, decision: undefined } },
      "reconsideration.decision",
    ],
    [
      "an undecided stay once certification is granted",
      {
        certification: {
          decision: "grant",
          controllingQuestion: { isPureQuestionOfLaw: true, couldMateriallyAffectOutcome: true },
          substantialGround: { basis: "circuit-split" },
          materiallyAdvance: { wouldMateriallyAdvance: true },
        },
      },
      "stay.decision",
    ],
  ] as const)("flags %s", (_name, overrides, field) => {
    expect(fields(readiness(seed002Draft(overrides as DraftOverrides<MotionDraft>)))).toEqual([field]);
  });

  it("names the missing side", () => {
    const [item] = readiness(
      seed002Draft({
        case: { parties: [{ id: "d1", name: "Futero, Inc.", side: "defendant" }] },
        motion: { movantPartyIds: ["d1"] },
      }),
    );
    expect(item).toEqual({ field: "case.parties", step: "parties", message: "Add at least one plaintiff" });
  });

  it("asks each further ruling, direction and added sentence for what it prints", () => {
    const draft: MotionDraft = {
      ...seed002Draft(),
      otherRulings: [
        { id: "r1", kind: "other" },
        { id: "r2", kind: "strike", disposition: "granted" },
      ],
      directions: [
        { id: "x1" },
        { id: "x2", kind: "close-motions" },
        { id: "x3", kind: "deadline", dueDate: "2026-01-05" },
      ],
      addedStandardSentences: [{ id: "s1", text: "A sentence.", citation: "" }],
    };
    expect(fields(readiness(draft))).toEqual([
      "otherRulings.0.titleAsFiled",
      "otherRulings.0.disposition",
      "directions.0.kind",
      "directions.1.docketNumbers",
      "directions.2.text",
      "addedStandardSentences.0.citation",
    ]);
    for (const item of readiness(draft)) expect(item.message).toMatch(/^[A-Z][^.]*[a-z)]$/);
  });
});
