import type { MotionDraft } from "@/lib/motion/schema";
import { issuePath } from "@/lib/motion/parse-draft";
import { checkClerkFootnotes } from "./clerk-footnote-checks";
import type { StepIssue, WizardStep } from "./wizard-step";

/**
 * What is wrong with a step's values as typed: the slice schema's issues, then the step's own
 * checks (which need the rest of the draft). One list, used by the form and by the stepper.
 */
export function stepIssues(step: WizardStep, values: unknown, draft: MotionDraft): StepIssue[] {
  const parsed = step.schema.safeParse(values);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({ path: issuePath(issue.path), message: issue.message }));
    return [...issues, ...crossChecks(step, values, draft).filter((c) => !issues.some((i) => i.path === c.path))];
  }
  return crossChecks(step, parsed.data, draft);
}

function crossChecks(step: WizardStep, values: unknown, draft: MotionDraft): StepIssue[] {
  // Checks read their values defensively: they also run while the schema still fails elsewhere.
  // A clerk's footnote marker can be typed in any answer the order prints as clerk text.
  return [...(step.check ? step.check(values as never, draft) : []), ...checkClerkFootnotes(values)];
}
