"use client";

import { useWatch } from "react-hook-form";
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

const STAY_KIND_OPTIONS = [
  { value: "proceedings", label: "Stay of proceedings in this court pending the petition or the appeal" },
  { value: "proceedings-pending-other-court", label: "Stay of proceedings pending another court's decision" },
  { value: "proceedings-further-order", label: "Stay of proceedings pending further order of this court" },
  { value: "order-pending-appeal", label: "Stay of the order (or its execution) pending appeal" },
  { value: "lift", label: "Lifting or vacating a stay already in place" },
] as const;

const STAY_DECISION_OPTIONS = [
  { value: "grant", label: "Grant" },
  { value: "grant-in-part", label: "Grant in part" },
  { value: "deny", label: "Deny" },
  { value: "deny-as-moot", label: "Deny as moot" },
  { value: "defer", label: "Defer" },
] as const;

const ORDER_STAYED = [
  { value: "order", label: "The order" },
  { value: "execution", label: "Its execution" },
] as const;

const LIFT_ACTIONS = [
  { value: "lift", label: "Lift the stay" },
  { value: "vacate", label: "Vacate the stay" },
] as const;

const STATUS_REPORT = [
  { value: "days", label: "Within a number of days" },
  { value: "date", label: "By a date" },
] as const;

const PLACEMENTS = [
  { value: "section", label: "In its own section" },
  { value: "footnote", label: "In a footnote" },
  { value: "with-motion", label: "With the motion as a whole, not separately" },
] as const;

/** Step "stay": the request for a stay (or to lift one) that travels with the motion. */
export function StayStep() {
  const stepForm = useStepForm<StaySlice>(STAY_STEP);
  return (
    <StepFrame step={STAY_STEP} stepForm={stepForm} aside={<StandardPanel stepId="stay" />}>
      <StayFields />
    </StepFrame>
  );
}

/** The step's fields: each follow-up question shown only when the answer before it calls for it. */
function StayFields() {
  const kind = useWatch({ name: `${BASE}.kind` }) as StaySlice["stay"]["kind"];
  const decision = useWatch({ name: `${BASE}.decision` }) as StaySlice["stay"]["decision"];
  const statusReportBy = useWatch({ name: `${BASE}.statusReportBy` }) as StaySlice["stay"]["statusReportBy"];
  const isLift = kind === "lift";
  return (
    <>
      <ChoiceField
        name={`${BASE}.kind`}
        legend="What stay does the motion ask for?"
        options={STAY_KIND_OPTIONS}
        inline={false}
      />
      {kind === "proceedings-pending-other-court" ? (
        <TextField
          name={`${BASE}.otherCourt`}
          label="The decision the stay waits for"
          hint="As the order should name it after “pending”, for example: the Ninth Circuit’s decision in Doe v. Roe, No. 24-100"
        />
      ) : null}
      {kind === "order-pending-appeal" ? (
        <ChoiceField
          name={`${BASE}.orderStayed`}
          legend="What is stayed pending appeal?"
          options={ORDER_STAYED}
          unansweredLabel="Not answered (the order)"
        />
      ) : null}
      {isLift ? (
        <div className="space-y-6 border-l-2 border-line pl-4">
          <ChoiceField
            name={`${BASE}.liftAction`}
            legend="Lift or vacate?"
            options={LIFT_ACTIONS}
            unansweredLabel="Not answered (lift)"
          />
          <TextField
            name={`${BASE}.liftMovant`}
            label="Who moved to lift the stay (if not the movant)"
            hint="The party as the order names it, for example: Defendant Harbor Holdings, LLC. Leave empty when the movant asks."
          />
          <TextField
            name={`${BASE}.stayInPlaceDocketNumber`}
            label="Docket number of the stay in place (optional)"
            hint="For example: 30"
            className="max-w-xs"
          />
        </div>
      ) : null}
      <TextField
        name={`${BASE}.requestCite`}
        label="Where the motion asks for it (optional)"
        hint="Docket number and page, for example: 49-1 at 4"
      />
      {isLift ? null : (
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
      )}
      <TextAreaField
        name={`${BASE}.reasoning`}
        rows={5}
        label="Reasoning"
        hint={
          isLift
            ? `The library has no standard for lifting a stay: the order states only these reasons. ${MARKER_HINT}`
            : MARKER_HINT
        }
      />
      <ChoiceField
        name={`${BASE}.decision`}
        legend="The court's ruling on the stay"
        hint="Left open, a stay pending appeal is denied as moot when certification is denied, and granted with a grant that stays proceedings."
        options={STAY_DECISION_OPTIONS}
        unansweredLabel="Not decided"
      />
      {decision === "grant-in-part" ? (
        <TextField
          name={`${BASE}.partGranted`}
          label="The part granted"
          hint="As the order should name it after “as to”, for example: discovery on Count III"
        />
      ) : null}
      <ChoiceField
        name={`${BASE}.statusReportBy`}
        legend="Does the court ask for a joint status report?"
        options={STATUS_REPORT}
        unansweredLabel="No status report"
        inline={false}
      />
      {statusReportBy === "days" ? (
        <TextField
          name={`${BASE}.statusReportDays`}
          type="number"
          inputMode="numeric"
          label="Days for the status report"
          hint="Counted from the decision the stay waits for, or from this order when nothing is stayed."
          className="max-w-xs"
        />
      ) : null}
      {statusReportBy === "date" ? (
        <TextField
          name={`${BASE}.statusReportDate`}
          type="date"
          label="Date the status report is due"
          className="max-w-xs"
        />
      ) : null}
      <ChoiceField
        name={`${BASE}.placement`}
        legend="Where the order rules on it"
        options={PLACEMENTS}
        inline={false}
        unansweredLabel="Let the order decide"
      />
    </>
  );
}
