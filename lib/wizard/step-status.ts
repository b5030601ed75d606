import type { MotionDraft } from "@/lib/motion/schema";
import { readiness, type ReadinessItem } from "@/lib/standards/readiness";
import type { StepId } from "@/lib/standards/step-id";
import { sliceValues } from "./slice-values";
import { stepIssues } from "./step-issues";
import { stepForField, STEPS } from "./steps";
import { toValidDraft } from "./valid-draft";
import type { StepIssue } from "./wizard-step";

/** Where one step stands: what the export still needs from it, and what is wrong with what was typed. */
export type StepStatus = {
  id: StepId;
  /** Readiness items this step answers (matched by the answer's path, so the step that edits it). */
  missing: ReadinessItem[];
  issues: StepIssue[];
  /** Nothing missing, nothing wrong. */
  isComplete: boolean;
  hasErrors: boolean;
};

/** The step that answers a readiness item: the one that edits its field, else the step the engine names. */
export function stepIdForItem(item: ReadinessItem): StepId {
  return stepForField(item.field)?.id ?? item.step;
}

/** Readiness items of a draft as typed (answers that fail the schema count as unanswered). */
export function draftReadiness(draft: MotionDraft): ReadinessItem[] {
  const valid = toValidDraft(draft);
  return valid ? readiness(valid) : [];
}

/** The status of every step, in step order. */
export function stepStatuses(draft: MotionDraft): StepStatus[] {
  const items = draftReadiness(draft);
  return STEPS.map((step) => {
    const missing = items.filter((item) => stepIdForItem(item) === step.id);
    const issues = stepIssues(step, sliceValues(draft, step), draft);
    return {
      id: step.id,
      missing,
      issues,
      isComplete: missing.length === 0 && issues.length === 0,
      hasErrors: issues.length > 0,
    };
  });
}
