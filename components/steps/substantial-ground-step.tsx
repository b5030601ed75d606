"use client";

import type { SubstantialGroundSlice } from "@/lib/wizard/slice-schemas";
import { SUBSTANTIAL_GROUND_STEP } from "@/lib/wizard/steps";
import { YesNoField } from "@/components/ui/choice-field";
import { MARKER_HINT } from "@/components/ui/marker-hint";
import { SelectField } from "@/components/ui/select-field";
import { TextAreaField } from "@/components/ui/text-area-field";
import { StandardPanel } from "@/components/standards/standard-panel";
import { StepFrame } from "@/components/wizard/step-frame";
import { useStepForm } from "@/components/wizard/use-step-form";
import { ElementFinding } from "./element-finding";

const BASE = "certification.substantialGround";

const BASES = [
  { value: "circuit-split", label: "The circuits are divided and this circuit has not decided the question" },
  { value: "no-controlling-authority-courts-disagree", label: "No controlling authority, and courts disagree" },
  { value: "novel-and-difficult", label: "A novel and difficult question of first impression" },
  { value: "contrary-to-other-circuits", label: "The ruling conflicts with decisions of other circuits" },
  { value: "stated-in-reasons", label: "Found in the court's own reasons (none of the grounds above)" },
  { value: "none", label: "None shown" },
] as const;

/** Step "substantial-ground": the second element of § 1292(b). */
export function SubstantialGroundStep() {
  const stepForm = useStepForm<SubstantialGroundSlice>(SUBSTANTIAL_GROUND_STEP);
  return (
    <StepFrame step={SUBSTANTIAL_GROUND_STEP} stepForm={stepForm} aside={<StandardPanel stepId="substantial-ground" />}>
      <SelectField
        name={`${BASE}.basis`}
        label="Basis for a substantial ground for difference of opinion"
        options={BASES}
        isNeeded
      />
      <YesNoField name={`${BASE}.isMereDisagreement`} legend="Does the movant merely disagree with the ruling?" />
      <TextAreaField
        name={`${BASE}.reasoning`}
        rows={6}
        label="Reasoning"
        hint={<>Needed when the court finds the element in its own reasons. {MARKER_HINT}</>}
      />
      <ElementFinding element="substantial-ground" />
    </StepFrame>
  );
}
