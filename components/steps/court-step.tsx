"use client";

import { useWatch } from "react-hook-form";
import type { CourtSlice } from "@/lib/wizard/slice-schemas";
import { COURT_STEP } from "@/lib/wizard/steps";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { YesNoField } from "@/components/ui/choice-field";
import { StepFrame } from "@/components/wizard/step-frame";
import { useStepForm } from "@/components/wizard/use-step-form";
import { DistrictPicker } from "./district-picker";

const JUDGE_TITLES = [
  { value: "district", label: "United States District Judge" },
  { value: "chief", label: "Chief United States District Judge" },
  { value: "senior", label: "Senior United States District Judge" },
  { value: "magistrate", label: "United States Magistrate Judge" },
] as const;

/** Step "court": the district, and the judge who signs. */
export function CourtStep() {
  const stepForm = useStepForm<CourtSlice>(COURT_STEP);
  const title = useWatch({ control: stepForm.form.control, name: "case.judge.title" });
  return (
    <StepFrame step={COURT_STEP} stepForm={stepForm}>
      <DistrictPicker />
      <CheckboxField
        name="case.isWithinFederalCircuitJurisdiction"
        label="Appeals in this action go to the Federal Circuit"
        hint="A claim under the patent laws or another within 28 U.S.C. § 1295: the § 1292(b) petition goes to the Federal Circuit, § 1292(c)(1)."
      />
      <TextField
        name="case.judge.name"
        label="Judge's name, as signed"
        hint="For example: Michael M. Anello"
        isNeeded
        autoComplete="off"
      />
      <SelectField name="case.judge.title" label="Judge's title" options={JUDGE_TITLES} isNeeded />
      {title === "magistrate" ? (
        <YesNoField
          name="case.judge.consentUnder636c"
          legend="Do all parties consent to the magistrate judge presiding under 28 U.S.C. § 636(c)?"
          hint="Without consent a magistrate judge cannot decide a § 1292(b) motion; the order would be a report and recommendation."
        />
      ) : null}
    </StepFrame>
  );
}
