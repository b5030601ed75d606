import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { emptyDraft } from "@/lib/motion/empty-draft";
import { MotionDraftSchema, type MotionDraft } from "@/lib/motion/schema";
import { STEP_IDS } from "@/lib/standards/step-id";
import { sliceFields } from "./slice-fields";
import { applySlice, sliceValues } from "./slice-values";
import { stepIssues } from "./step-issues";
import { MOTION_STEP, PARTIES_STEP, relevantSteps, stepForField, STEPS } from "./steps";

const fixtureFiles = ["fixtures/grants", "fixtures/seeds"].flatMap((dir) => {
  const full = path.resolve(import.meta.dirname, "../..", dir);
  try {
    return readdirSync(full)
      .filter((f) => /^\d{3}\.json$/.test(f))
      .map((f) => path.join(full, f));
  } catch {
    return [];
  }
});

describe("wizard steps", () => {
  it("are exactly the standards engine's step ids, in order", () => {
    expect(STEPS.map((s) => s.id)).toEqual([...STEP_IDS]);
  });

  it("edit every answer of a draft exactly once (style overrides and slot choices aside)", () => {
    const fields = STEPS.flatMap((s) => s.fields);
    expect(new Set(fields).size).toBe(fields.length);
    expect(fields).toContain("case.caseNumber");
    expect(fields).toContain("motion.filedDate");
    expect(fields).toContain("analysis.slotChoices.pure-question-of-law");
    expect(fields).toContain("analysis.slotChoices.burden");
  });

  it("leave no answer of the schema without a step", () => {
    const fields = STEPS.flatMap((s) => s.fields);
    const uncovered = sliceFields(MotionDraftSchema).filter(
      (leaf) =>
        leaf !== "schemaVersion" &&
        !leaf.startsWith("styleOverrides") &&
        // The snapshot of the chambers' authorities the draft cites follows the markers, not a step.
        !leaf.startsWith("chambersAuthorities") &&
        !fields.some((field) => field === leaf || leaf.startsWith(`${field}.`) || field.startsWith(`${leaf}.`)),
    );
    expect(uncovered).toEqual([]);
  });

  it.each(fixtureFiles)("rebuild %s from an empty draft, slice by slice", (file) => {
    const fixture = MotionDraftSchema.parse(JSON.parse(readFileSync(file, "utf8")));
    const rebuilt = STEPS.reduce<MotionDraft>(
      (draft, step) => applySlice(draft, step, sliceValues(fixture, step)),
      emptyDraft(),
    );
    const { styleOverrides: _s, ...rest } = fixture;
    expect(JSON.parse(JSON.stringify(rebuilt))).toEqual(JSON.parse(JSON.stringify(rest)));
  });

  it("show companion steps only when requested", () => {
    const draft = emptyDraft();
    expect(relevantSteps(draft).map((s) => s.id)).not.toContain("stay");
    draft.stay.requested = true;
    expect(relevantSteps(draft).map((s) => s.id)).toContain("stay");
  });

  it("send a readiness item to the step that edits its field", () => {
    expect(stepForField("case.caseNumber")?.id).toBe("parties");
    expect(stepForField("reconsideration.requested")?.id).toBe("motion");
    expect(stepForField("reconsideration.decision")?.id).toBe("reconsideration");
    expect(stepForField("certification.controllingQuestion.isPureQuestionOfLaw")?.id).toBe("controlling-question");
    expect(stepForField("certification.decision")?.id).toBe("ruling");
  });
});

describe("step checks", () => {
  it("reject a motion filed before the order under review", () => {
    const draft = emptyDraft();
    draft.orderUnderReview.date = "2018-04-05";
    draft.motion.filedDate = "2018-04-01";
    expect(stepIssues(MOTION_STEP, sliceValues(draft, MOTION_STEP), draft)).toEqual([
      { path: "motion.filedDate", message: "The motion's filed date cannot be before the order under review's date" },
    ]);
  });

  it("reject a malformed case number with the court module's message, and accept an empty one", () => {
    const draft = emptyDraft();
    expect(stepIssues(PARTIES_STEP, sliceValues(draft, PARTIES_STEP), draft)).toEqual([]);
    draft.case.caseNumber = "hello";
    const issues = stepIssues(PARTIES_STEP, sliceValues(draft, PARTIES_STEP), draft);
    expect(issues.map((i) => i.path)).toEqual(["case.caseNumber"]);
    expect(issues[0]!.message).toMatch(/does not look like a civil case number/);
  });
});
