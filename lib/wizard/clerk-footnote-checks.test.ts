import { describe, expect, it } from "vitest";
import { makeDraft } from "@/lib/motion/testing";
import { MOTION_STEP, HISTORY_STEP } from "./steps";
import { stepIssues } from "./step-issues";

describe("footnotes a clerk types, checked on the step", () => {
  it("names the field whose footnote is not closed", () => {
    const draft = makeDraft({ motion: { reliefSought: "Certification.[[fn The reply was late [[doc 12]]." } });
    expect(stepIssues(MOTION_STEP, { motion: draft.motion }, draft)).toContainEqual({
      path: "motion.reliefSought",
      message: expect.stringMatching(/not closed/),
    });
  });

  it("names a list item's field whose footnote holds another", () => {
    const draft = makeDraft({
      docketEntries: [{ id: "e1", number: "1", narrative: "Sued.[[fn One [[fn two]] three.]]" }],
    });
    const issues = stepIssues(HISTORY_STEP, { docketEntries: draft.docketEntries }, draft);
    expect(issues).toContainEqual({
      path: "docketEntries.0.narrative",
      message: expect.stringMatching(/another footnote/),
    });
  });

  it("says a footnote must close in its paragraph", () => {
    const draft = makeDraft({ motion: { reliefSought: "Certification.[[fn The reply\n\nwas late.]]" } });
    expect(stepIssues(MOTION_STEP, { motion: draft.motion }, draft).map((issue) => issue.path)).toContain(
      "motion.reliefSought",
    );
  });

  it("accepts a closed footnote with a docket cite inside", () => {
    const draft = makeDraft({ motion: { reliefSought: "Certification.[[fn The reply was late. [[doc 12]]]]" } });
    expect(stepIssues(MOTION_STEP, { motion: draft.motion }, draft).map((issue) => issue.path)).not.toContain(
      "motion.reliefSought",
    );
  });
});
