import type { MotionDraft } from "@/lib/motion/schema";
import { getAtPath, setAtPath } from "./field-path";
import type { WizardStep } from "./wizard-step";

/** The step's answers out of a draft, nested as in the draft: the form's default values. */
export function sliceValues(draft: MotionDraft, step: WizardStep): Record<string, unknown> {
  return step.fields.reduce<Record<string, unknown>>((values, field) => {
    const parent = field.split(".").slice(0, -1).join(".");
    // Every object on the way exists, as in the draft, even when all its answers are open.
    const withParent = parent && getAtPath(values, parent) === undefined ? setAtPath(values, parent, {}) : values;
    return setAtPath(withParent, field, structuredClone(getAtPath(draft, field)));
  }, {});
}

/**
 * The draft with the step's answers replaced by the form's values, valid or not: what the clerk
 * typed is kept (and saved) even while it fails validation. Only the step's own fields change.
 */
export function applySlice(draft: MotionDraft, step: WizardStep, values: unknown): MotionDraft {
  return step.fields.reduce<MotionDraft>(
    (next, field) => setAtPath(next, field, structuredClone(getAtPath(values, field))),
    draft,
  );
}
