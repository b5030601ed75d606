import { zodResolver } from "@hookform/resolvers/zod";
import type { FieldErrors, FieldValues, Resolver } from "react-hook-form";
import type { MotionDraft } from "@/lib/motion/schema";
import { getAtPath, setAtPath } from "@/lib/wizard/field-path";
import type { WizardStep } from "@/lib/wizard/wizard-step";

/**
 * zodResolver with the step's slice schema, plus the step's own checks (which read the rest of
 * the draft: the motion's date against the order's). Errors are keyed by full dotted path.
 */
export function stepResolver<V extends FieldValues>(step: WizardStep, currentDraft: () => MotionDraft): Resolver<V> {
  const base = zodResolver(step.schema) as unknown as Resolver<V>;
  return async (values, context, options) => {
    const result = await base(values, context, options);
    const extra = step.check?.(values as never, currentDraft()) ?? [];
    if (extra.length === 0) return result;
    let errors = result.errors as FieldErrors<V>;
    for (const issue of extra) {
      if (getAtPath(errors, issue.path) === undefined)
        errors = setAtPath(errors, issue.path, { type: "custom", message: issue.message });
    }
    return { values: {}, errors };
  };
}
