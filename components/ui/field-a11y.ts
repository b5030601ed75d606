"use client";

import { useFormContext, useFormState } from "react-hook-form";
import { getAtPath } from "@/lib/wizard/field-path";

/** The DOM id of the control for a dotted answer path: "case.judge.name" → "f-case-judge-name". */
export function fieldId(name: string): string {
  return `f-${name.replace(/\./g, "-")}`;
}

/** The error message for an answer (or for a list as a whole, RHF's `.root`). */
export function useFieldError(name: string): string | undefined {
  const { control } = useFormContext();
  const { errors } = useFormState({ control, name });
  const error = getAtPath(errors, name) as { message?: unknown; root?: { message?: unknown } } | undefined;
  const message = error?.message ?? error?.root?.message;
  return typeof message === "string" && message !== "" ? message : undefined;
}

/**
 * Ids and ARIA wiring for one control: the label's `htmlFor`, the hint and error ids, and the
 * `aria-invalid` / `aria-describedby` pair that makes screen readers announce the error with the field.
 */
export function useFieldA11y(name: string, hasHint: boolean) {
  const id = fieldId(name);
  const error = useFieldError(name);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hasHint ? hintId : undefined, error ? errorId : undefined].filter(Boolean).join(" ");
  return {
    id,
    hintId,
    errorId,
    error,
    ariaProps: {
      "aria-invalid": error ? (true as const) : undefined,
      "aria-describedby": describedBy || undefined,
    },
  };
}
