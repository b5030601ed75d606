"use client";

import Link from "next/link";
import type { StepStatus } from "@/lib/wizard/step-status";
import type { WizardStep } from "@/lib/wizard/wizard-step";

type StepperProps = {
  draftId: string;
  steps: readonly WizardStep[];
  statuses: readonly StepStatus[];
  currentId: string;
};

function StatusMark({ status }: { status: StepStatus | undefined }) {
  if (status?.hasErrors) {
    return (
      <span
        className="flex size-6 shrink-0 items-center justify-center rounded-full bg-danger text-xs font-bold text-white"
        aria-hidden="true"
      >
        !
      </span>
    );
  }
  if (status?.isComplete) {
    return (
      <span
        className="flex size-6 shrink-0 items-center justify-center rounded-full bg-ok text-xs font-bold text-white"
        aria-hidden="true"
      >
        ✓
      </span>
    );
  }
  return <span className="size-6 shrink-0 rounded-full border-2 border-slate-400 bg-white" aria-hidden="true" />;
}

const statusWords = (status: StepStatus | undefined) =>
  status?.hasErrors ? "has errors" : status?.isComplete ? "complete" : "not complete";

/** Every step of this draft: where the clerk is, which are complete, which have errors; each a link. */
export function Stepper({ draftId, steps, statuses, currentId }: StepperProps) {
  return (
    <nav aria-label="Steps">
      <ol className="space-y-1">
        {steps.map((step, index) => {
          const status = statuses.find((s) => s.id === step.id);
          const isCurrent = step.id === currentId;
          return (
            <li key={step.id}>
              <Link
                href={`/drafts/${draftId}/${step.id}`}
                aria-current={isCurrent ? "step" : undefined}
                className={`flex items-center gap-3 rounded px-2 py-1.5 text-sm ${
                  isCurrent
                    ? "bg-white font-semibold text-seal shadow-sm ring-1 ring-line"
                    : "text-ink hover:bg-white/70"
                }`}
              >
                <StatusMark status={status} />
                <span>
                  <span className="sr-only">Step {index + 1}: </span>
                  {step.title}
                  <span className="sr-only"> ({statusWords(status)})</span>
                </span>
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
