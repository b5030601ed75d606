"use client";

import { useFieldArray } from "react-hook-form";
import type { PartySide } from "@/lib/motion/schema";
import type { PartiesSlice } from "@/lib/wizard/slice-schemas";
import { PARTIES_STEP } from "@/lib/wizard/steps";
import { Button } from "@/components/ui/button";
import { ListField } from "@/components/ui/list-field";
import { TextField } from "@/components/ui/text-field";
import { newId } from "@/components/wizard/new-id";
import { StepFrame } from "@/components/wizard/step-frame";
import { useStepForm } from "@/components/wizard/use-step-form";
import { CaptionFields } from "./caption-fields";
import { PartyFields } from "./party-fields";

const SIDES: { side: PartySide; heading: string; one: string }[] = [
  { side: "plaintiff", heading: "Plaintiffs", one: "Plaintiff" },
  { side: "defendant", heading: "Defendants", one: "Defendant" },
];

/** Step "parties": the case number, the kind of action, the parties on each side, and what else the caption names. */
export function PartiesStep() {
  const stepForm = useStepForm<PartiesSlice>(PARTIES_STEP);
  const { control, clearErrors } = stepForm.form;
  const { fields, append, remove } = useFieldArray({ control, name: "case.parties", keyName: "fieldKey" });

  const add = (side: PartySide) => {
    append({ id: newId(), name: "", side });
    clearErrors("case.parties");
  };

  return (
    <StepFrame step={PARTIES_STEP} stepForm={stepForm}>
      <TextField
        name="case.caseNumber"
        label="Case number, as the court prints it"
        hint="For example: 17cv218-MMA (BLM), 1:11-cv-00446-LJO-BAM or Civ. 09-275 RHS/LFG"
        isNeeded
      />
      <TextField
        name="case.natureOfAction"
        label="Kind of action"
        hint="Completes “in this …”, for example: civil rights action pursuant to 42 U.S.C. § 1983"
      />
      <ListField
        name="case.parties"
        heading="Parties"
        hint="At least one plaintiff and one defendant, in the order the caption lists them."
      >
        {SIDES.map(({ side, heading, one }) => {
          const onSide = fields.map((field, index) => ({ field, index })).filter(({ field }) => field.side === side);
          return (
            <div key={side} className="space-y-3">
              <h3 className="font-medium text-muted">{heading}</h3>
              {onSide.map(({ field, index }, n) => (
                <PartyFields
                  key={field.fieldKey}
                  index={index}
                  label={`${one} ${n + 1}`}
                  onRemove={() => remove(index)}
                />
              ))}
              <Button onClick={() => add(side)}>
                <span aria-hidden="true">+</span> Add a {one.toLowerCase()}
              </Button>
            </div>
          );
        })}
      </ListField>
      <CaptionFields />
    </StepFrame>
  );
}
