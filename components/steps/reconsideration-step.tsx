"use client";

import type { ReconsiderationSlice } from "@/lib/wizard/slice-schemas";
import { RECONSIDERATION_STEP } from "@/lib/wizard/steps";
import { ChoiceField, YesNoField } from "@/components/ui/choice-field";
import { MARKER_HINT } from "@/components/ui/marker-hint";
import { SelectField } from "@/components/ui/select-field";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { StandardPanel } from "@/components/standards/standard-panel";
import { StepFrame } from "@/components/wizard/step-frame";
import { useStepForm } from "@/components/wizard/use-step-form";

const BASE = "reconsideration";

const RULES = [
  { value: "59e", label: "Rule 59(e)" },
  { value: "54b", label: "Rule 54(b)" },
  { value: "60b", label: "Rule 60(b)" },
  { value: "local-rule", label: "A local rule" },
  { value: "inherent-power", label: "The court's inherent power" },
] as const;

const DECISIONS = [
  { value: "grant", label: "Grant" },
  { value: "deny", label: "Deny" },
] as const;

/** Step "reconsideration": the request to reconsider the order under review. */
export function ReconsiderationStep() {
  const stepForm = useStepForm<ReconsiderationSlice>(RECONSIDERATION_STEP);
  return (
    <StepFrame step={RECONSIDERATION_STEP} stepForm={stepForm} aside={<StandardPanel stepId="reconsideration" />}>
      <div className="grid gap-6 sm:grid-cols-2">
        <SelectField name={`${BASE}.ruleInvoked`} label="Rule the motion invokes" options={RULES} />
        <SelectField
          name={`${BASE}.ruleApplied`}
          label="Rule the court applies"
          hint="Leave open to apply the rule invoked."
          options={RULES}
        />
      </div>
      <TextField name={`${BASE}.localRule`} label="Local rule, if any" hint="For example: Civ. L.R. 7.1(i)(1)" />
      <fieldset className="space-y-4 rounded border border-line p-4">
        <legend className="px-1 font-medium">What the movant shows</legend>
        <YesNoField name={`${BASE}.newEvidence`} legend="Newly discovered evidence?" />
        <YesNoField name={`${BASE}.clearErrorOrManifestInjustice`} legend="Clear error or manifest injustice?" />
        <YesNoField name={`${BASE}.interveningChangeInLaw`} legend="An intervening change in controlling law?" />
        <YesNoField name={`${BASE}.extraordinaryCircumstances`} legend="Extraordinary circumstances (Rule 60(b)(6))?" />
      </fieldset>
      <TextAreaField name={`${BASE}.movantArgument`} rows={4} label="What the movant argues" hint={MARKER_HINT} />
      <TextAreaField name={`${BASE}.reasoning`} rows={5} label="Reasoning" hint={MARKER_HINT} />
      <ChoiceField
        name={`${BASE}.decision`}
        legend="The court's ruling on reconsideration"
        options={DECISIONS}
        unansweredLabel="Not decided"
        isNeeded
      />
    </StepFrame>
  );
}
