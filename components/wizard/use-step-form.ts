"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useForm, type FieldValues, type UseFormReturn } from "react-hook-form";
import { getAtPath } from "@/lib/wizard/field-path";
import { applySlice, sliceValues } from "@/lib/wizard/slice-values";
import { stepIssues } from "@/lib/wizard/step-issues";
import { neededBeforeNext } from "@/lib/wizard/needed-before-next";
import type { WizardStep } from "@/lib/wizard/wizard-step";
import { useDraftContext } from "./draft-context";
import { stepResolver } from "./step-resolver";
import { showIssues } from "@/components/ui/show-issues";

export type StepForm<V extends FieldValues> = {
  form: UseFormReturn<V>;
  /**
   * Validates the step as Next does: the slice schema and the step's checks, then what the
   * order still needs from this step. Shows each problem at its field and moves focus to the
   * first. Resolves true when there is nothing to fix.
   */
  validateForNext: () => Promise<boolean>;
  /** Increments after a failed validation; the step frame focuses the first invalid field. */
  focusRequest: number;
};

/**
 * One step's react-hook-form form: defaults from the draft, validation with the step's slice
 * schema, and every change written to the draft at once (saved after a short pause), valid or not.
 */
export function useStepForm<V extends FieldValues>(step: WizardStep): StepForm<V> {
  const { draft, update } = useDraftContext();
  const draftRef = useRef(draft);
  useEffect(() => {
    draftRef.current = draft;
  }, [draft]);
  const [defaultValues] = useState(() => sliceValues(draft, step) as V);
  const resolver = useMemo(() => stepResolver<V>(step, () => draftRef.current), [step]);
  // Errors show when a field is left; after Next, they follow every change (reValidateMode).
  const form = useForm<V>({
    defaultValues: defaultValues as never,
    resolver,
    mode: "onTouched",
    reValidateMode: "onChange",
    shouldFocusError: false,
  });
  const [focusRequest, setFocusRequest] = useState(0);

  useEffect(() => {
    // watch() with a callback subscribes without re-rendering; nothing here is memoized by the React Compiler.
    // eslint-disable-next-line react-hooks/incompatible-library
    const subscription = form.watch((values) => update((current) => applySlice(current, step, values)));
    return () => subscription.unsubscribe();
  }, [form, step, update]);

  // Values restored with problems (typed, saved, then the tab closed): show the problems at once.
  useEffect(() => {
    if (stepIssues(step, defaultValues, draftRef.current).length > 0) void form.trigger();
  }, [form, step, defaultValues]);

  const validateForNext = useCallback(async () => {
    // Through handleSubmit, so that from now on each change re-validates its field (and clears a fixed error).
    let isValid = false;
    await form.handleSubmit(
      () => {
        isValid = true;
      },
      () => {
        isValid = false;
      },
    )();
    const values = form.getValues();
    const missing = neededBeforeNext(applySlice(draftRef.current, step, values), step.id);
    const unshown = missing.filter((item) => getAtPath(form.formState.errors, item.field) === undefined);
    showIssues(
      form,
      unshown.map((item) => ({ path: item.field, message: item.message })),
      "required",
    );
    const isReady = isValid && missing.length === 0;
    if (!isReady) setFocusRequest((n) => n + 1);
    return isReady;
  }, [form, step]);

  return { form, validateForNext, focusRequest };
}
