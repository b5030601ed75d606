"use client";

import type { MateriallyAdvanceSlice } from "@/lib/wizard/slice-schemas";
import { MATERIALLY_ADVANCE_STEP } from "@/lib/wizard/steps";
import { YesNoField } from "@/components/ui/choice-field";
import { MARKER_HINT } from "@/components/ui/marker-hint";
import { TextAreaField } from "@/components/ui/text-area-field";
import { StandardPanel } from "@/components/standards/standard-panel";
import { StepFrame } from "@/components/wizard/step-frame";
import { useStepForm } from "@/components/wizard/use-step-form";
import { ElementFinding } from "./element-finding";

const BASE = "certification.materiallyAdvance";

/** Step "materially-advance": the third element of § 1292(b). */
export function MateriallyAdvanceStep() {
  const stepForm = useStepForm<MateriallyAdvanceSlice>(MATERIALLY_ADVANCE_STEP);
  return (
    <StepFrame step={MATERIALLY_ADVANCE_STEP} stepForm={stepForm} aside={<StandardPanel stepId="materially-advance" />}>
      <YesNoField
        name={`${BASE}.wouldMateriallyAdvance`}
        legend="Would an immediate appeal materially advance the ultimate termination of the litigation?"
        isNeeded
      />
      <YesNoField name={`${BASE}.isTrialImminent`} legend="Is trial so near that an appeal would not save time?" />
      <TextAreaField name={`${BASE}.reasoning`} rows={6} label="Reasoning" hint={MARKER_HINT} />
      <ElementFinding element="materially-advance" />
    </StepFrame>
  );
}
