"use client";

import type { OrderSlice } from "@/lib/wizard/slice-schemas";
import { ORDER_STEP } from "@/lib/wizard/steps";
import { ChoiceField } from "@/components/ui/choice-field";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { StepFrame } from "@/components/wizard/step-frame";
import { useStepForm } from "@/components/wizard/use-step-form";

const KIND = [
  { value: false, label: "An interlocutory order" },
  { value: true, label: "A final judgment" },
] as const;

const ENTERED_BY = [
  { value: "district-judge", label: "A district judge" },
  { value: "magistrate-judge", label: "A magistrate judge" },
] as const;

/** Step "order": the order under review. */
export function OrderStep() {
  const stepForm = useStepForm<OrderSlice>(ORDER_STEP);
  return (
    <StepFrame step={ORDER_STEP} stepForm={stepForm}>
      <div className="grid gap-6 sm:grid-cols-2">
        <TextField name="orderUnderReview.date" type="date" label="Date entered on the docket" isNeeded />
        <TextField
          name="orderUnderReview.docketNumber"
          label="Docket number"
          hint="For example: 45"
          inputMode="numeric"
        />
      </div>
      <TextAreaField
        name="orderUnderReview.decided"
        rows={3}
        label="What the order decided"
        hint="Completes “the order …”, for example: denying Plaintiff leave to amend his complaint"
      />
      <ChoiceField
        name="orderUnderReview.isFinalJudgment"
        legend="Is it a final judgment or an interlocutory order?"
        options={KIND}
      />
      <ChoiceField name="orderUnderReview.enteredBy" legend="Entered by" options={ENTERED_BY} />
    </StepFrame>
  );
}
