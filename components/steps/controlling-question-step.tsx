"use client";

import type { ControllingQuestionSlice } from "@/lib/wizard/slice-schemas";
import { CONTROLLING_QUESTION_STEP } from "@/lib/wizard/steps";
import { YesNoField } from "@/components/ui/choice-field";
import { MARKER_HINT } from "@/components/ui/marker-hint";
import { TextAreaField } from "@/components/ui/text-area-field";
import { StandardPanel } from "@/components/standards/standard-panel";
import { StepFrame } from "@/components/wizard/step-frame";
import { useStepForm } from "@/components/wizard/use-step-form";
import { ElementFinding } from "./element-finding";

const BASE = "certification.controllingQuestion";

/** Step "controlling-question": the first element of § 1292(b). */
export function ControllingQuestionStep() {
  const stepForm = useStepForm<ControllingQuestionSlice>(CONTROLLING_QUESTION_STEP);
  return (
    <StepFrame
      step={CONTROLLING_QUESTION_STEP}
      stepForm={stepForm}
      aside={<StandardPanel stepId="controlling-question" />}
    >
      <YesNoField
        name={`${BASE}.isPureQuestionOfLaw`}
        legend="Is it a pure question of law?"
        hint="Not a question of fact, a mixed question, or the application of settled law to the facts of this case."
        isNeeded
      />
      <YesNoField
        name={`${BASE}.couldMateriallyAffectOutcome`}
        legend="Could its resolution on appeal materially affect the outcome of the litigation?"
        isNeeded
      />
      <TextAreaField name={`${BASE}.reasoning`} rows={6} label="Reasoning" hint={MARKER_HINT} />
      <ElementFinding element="controlling-question" />
    </StepFrame>
  );
}
