"use client";

import { useDeferredValue, useMemo } from "react";
import type { ReviewSlice } from "@/lib/wizard/slice-schemas";
import { relevantSteps, REVIEW_STEP } from "@/lib/wizard/steps";
import { stepStatuses } from "@/lib/wizard/step-status";
import { DownloadButton } from "@/components/review/download-button";
import { FindingsSummary } from "@/components/review/findings-summary";
import { PetitionDeadlinePanel } from "@/components/review/petition-deadline-panel";
import { ReadinessList } from "@/components/review/readiness-list";
import { WarningList } from "@/components/review/warning-list";
import { StandardPanel } from "@/components/standards/standard-panel";
import { useDraftContext } from "@/components/wizard/draft-context";
import { StepFrame } from "@/components/wizard/step-frame";
import { useFindings } from "@/components/wizard/use-findings";
import { useStepForm } from "@/components/wizard/use-step-form";
import { DecisionFields } from "./decision-fields";
import { AddedStandardFields } from "./added-standard-fields";
import { OrderFormFields } from "./order-form-fields";
import { OtherRulingsFields } from "./other-rulings-fields";

/** The further rulings' section opens by itself once the draft has any. */
const hasFurther = (draft: { otherRulings?: unknown[] | undefined; directions?: unknown[] | undefined }) =>
  (draft.otherRulings?.length ?? 0) + (draft.directions?.length ?? 0) > 0;

/** Step "ruling": the decision, the findings at a glance, warnings, what is still needed, and the download. */
export function RulingStep() {
  const stepForm = useStepForm<ReviewSlice>(REVIEW_STEP);
  const { draft, draftId } = useDraftContext();
  const deferred = useDeferredValue(draft);
  const findings = useFindings();
  const statuses = useMemo(() => {
    const relevant = new Set(relevantSteps(deferred).map((s) => s.id));
    return stepStatuses(deferred).filter((status) => relevant.has(status.id));
  }, [deferred]);
  const isReady = statuses.every((status) => status.isComplete);

  return (
    <StepFrame step={REVIEW_STEP} stepForm={stepForm}>
      <DecisionFields />
      <details className="rounded border border-line" open={hasFurther(draft)}>
        <summary className="cursor-pointer px-4 py-3 font-semibold">Other rulings and directions in this order</summary>
        <OtherRulingsFields />
      </details>
      <details className="rounded border border-line">
        <summary className="cursor-pointer px-4 py-3 font-semibold">Form of the order</summary>
        <OrderFormFields />
      </details>
      <details className="rounded border border-line">
        <summary className="cursor-pointer px-4 py-3 font-semibold">Authorities for the legal standard</summary>
        <div className="p-4 pt-0">
          <StandardPanel stepId="ruling" />
          <AddedStandardFields />
        </div>
      </details>
      {findings ? <FindingsSummary findings={findings} /> : null}
      {findings ? <WarningList warnings={findings.warnings} draft={deferred} draftId={draftId} /> : null}
      <PetitionDeadlinePanel draft={deferred} />
      <ReadinessList statuses={statuses} draftId={draftId} />
      <DownloadButton draft={draft} isReady={isReady} />
    </StepFrame>
  );
}
