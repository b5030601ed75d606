"use client";

import type { StaySlice } from "@/lib/wizard/slice-schemas";
import { STAY_STEP } from "@/lib/wizard/steps";
import { ChoiceField, YesNoField } from "@/components/ui/choice-field";
import { MARKER_HINT } from "@/components/ui/marker-hint";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { StandardPanel } from "@/components/standards/standard-panel";
import { StepFrame } from "@/components/wizard/step-frame";
import { useStepForm } from "@/components/wizard/use-step-form";

const BASE = "stay";

const KINDS = [
  { value: "proceedings", label: "Stay of proceedings in this court while the petition is pending" },
  { value: "order-pending-appeal", label: "Stay of the order pending appeal" },
] as const;

const DECISIONS = [
  { value: "grant", label: "Grant" },
  { value: "deny", label: "Deny" },
  { value: "deny-as-moot", label: "Deny as moot" },
] as const;

const PLACEMENTS = [
  { value: "section", label: "In its own section" },
  { value: "footnote", label: "In a footnote" },
  { value: "with-motion", label: "With the motion as a whole, not separately" },
] as const;

/** Step "stay": the request for a stay that travels with the motion. */
export function StayStep() {
  const stepForm = useStepForm<StaySlice>(STAY_STEP);
  return (
    <StepFrame step={STAY_STEP} stepForm={stepForm} aside={<StandardPanel stepId="stay" />}>
      <ChoiceField name={`${BASE}.kind`} legend="What stay does the motion ask for?" options={KINDS} inline={false} />
      <TextField
        name={`${BASE}.requestCite`}
        label="Where the motion asks for it (optional)"
        hint="Docket number and page, for example: 49-1 at 4"
      />
      <fieldset className="space-y-4 rounded border border-line p-4">
        <legend className="px-1 font-medium">The factors</legend>
        <YesNoField name={`${BASE}.likelySuccess`} legend="Is the movant likely to succeed?" />
        <YesNoField
          name={`${BASE}.irreparableInjury`}
          legend="Will the movant be irreparably injured without a stay?"
        />
        <YesNoField
          name={`${BASE}.substantialInjuryToOthers`}
          legend="Would a stay substantially injure the other parties?"
        />
        <YesNoField name={`${BASE}.publicInterestFavorsStay`} legend="Does the public interest favor a stay?" />
      </fieldset>
      <TextAreaField name={`${BASE}.reasoning`} rows={5} label="Reasoning" hint={MARKER_HINT} />
      <ChoiceField
        name={`${BASE}.decision`}
        legend="The court's ruling on the stay"
        hint="Left open, a request is denied as moot when certification is denied, and granted with a grant that stays proceedings."
        options={DECISIONS}
        unansweredLabel="Not decided"
      />
      <ChoiceField
        name={`${BASE}.placement`}
        legend="Where the order rules on it"
        options={PLACEMENTS}
        inline={false}
        unansweredLabel="Let the order decide"
      />
    </StepFrame>
  );
}
