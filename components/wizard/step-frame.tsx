"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, type FormEvent, type ReactNode } from "react";
import { FormProvider, type FieldValues } from "react-hook-form";
import { neighborSteps, relevantSteps } from "@/lib/wizard/steps";
import type { WizardStep } from "@/lib/wizard/wizard-step";
import { buttonClass } from "@/components/ui/button";
import { useDraftContext } from "./draft-context";
import { focusFirstInvalid } from "./focus-first-invalid";
import type { StepForm } from "./use-step-form";

let hasNavigated = false;

type StepFrameProps<V extends FieldValues> = {
  step: WizardStep;
  stepForm: StepForm<V>;
  children: ReactNode;
  /** Shown beside the questions on wide screens (the circuit's standard). */
  aside?: ReactNode;
  /** Below the form's questions, outside the Next flow (the review's summary and download). */
  after?: ReactNode;
};

/** A step's page: heading, the form (one react-hook-form form), Back and Next. */
export function StepFrame<V extends FieldValues>({ step, stepForm, children, aside, after }: StepFrameProps<V>) {
  const { draft, draftId } = useDraftContext();
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { previous, next } = neighborSteps(draft, step.id);
  const steps = relevantSteps(draft);
  const position = steps.findIndex((s) => s.id === step.id) + 1;

  // After moving between steps, start reading at the new step's heading.
  useEffect(() => {
    if (hasNavigated) headingRef.current?.focus();
    hasNavigated = true;
  }, []);

  useEffect(() => {
    if (stepForm.focusRequest > 0) focusFirstInvalid(formRef.current);
  }, [stepForm.focusRequest]);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!next) return;
    if (await stepForm.validateForNext()) router.push(`/drafts/${draftId}/${next.id}`);
  };

  return (
    <FormProvider {...stepForm.form}>
      <form ref={formRef} noValidate onSubmit={onSubmit} aria-labelledby="step-title" className="space-y-8">
        <header>
          <p className="text-sm font-medium uppercase tracking-wide text-muted">
            {position > 0 ? `Step ${position} of ${steps.length}` : "Not part of this motion"}
          </p>
          <h1 id="step-title" ref={headingRef} tabIndex={-1} className="mt-1 font-serif text-3xl text-ink">
            {step.title}
          </h1>
          <p className="mt-2 text-muted">{step.lede}</p>
          {position === 0 ? (
            <p className="mt-3 rounded border border-line bg-paper px-3 py-2 text-sm">
              This request is not part of the motion, so the order leaves it out. To include it, check it in{" "}
              <Link href={`/drafts/${draftId}/motion`} className="text-seal underline">
                The motion
              </Link>
              .
            </p>
          ) : null}
        </header>
        <div className={aside ? "grid gap-8 2xl:grid-cols-[minmax(0,1fr)_18rem]" : ""}>
          <div className="space-y-6">{children}</div>
          {aside}
        </div>
        <nav
          aria-label="Step navigation"
          className="flex flex-wrap items-center justify-between gap-3 border-t border-line pt-6"
        >
          {previous ? (
            <Link href={`/drafts/${draftId}/${previous.id}`} className={buttonClass("secondary")}>
              <span aria-hidden="true">←</span> Back
            </Link>
          ) : (
            <span />
          )}
          {next ? (
            <button type="submit" className={buttonClass("primary")}>
              Next: {next.title} <span aria-hidden="true">→</span>
            </button>
          ) : null}
        </nav>
      </form>
      {after}
    </FormProvider>
  );
}
