"use client";

import { useFieldArray } from "react-hook-form";
import type { MotionSlice } from "@/lib/wizard/slice-schemas";
import { MOTION_STEP } from "@/lib/wizard/steps";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { ChoiceField, YesNoField, type ChoiceOption } from "@/components/ui/choice-field";
import { ListField } from "@/components/ui/list-field";
import type { FiledAs } from "@/lib/motion/filed-as-schema";
import { ListTextField } from "@/components/ui/list-text-field";
import { MARKER_HINT } from "@/components/ui/marker-hint";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { newId } from "@/components/wizard/new-id";
import { StepFrame } from "@/components/wizard/step-frame";
import { useStepForm } from "@/components/wizard/use-step-form";
import { CompanionRequests } from "./companion-requests";
import { FurtherMotionFields } from "./further-motion-fields";
import { MovantPicker } from "./movant-picker";

const FILED_AS: readonly ChoiceOption<FiledAs>[] = [
  { value: "motion", label: "A motion", hint: "Granted or denied." },
  {
    value: "objection",
    label: "Objections to a magistrate judge's order",
    hint: "Under Rule 72(a), asking certification: sustained or overruled.",
  },
];

/** Step "motion": the motion as filed, its briefing, the relief sought and the companion requests. */
export function MotionStep() {
  const stepForm = useStepForm<MotionSlice>(MOTION_STEP);
  const { fields, append, remove } = useFieldArray({
    control: stepForm.form.control,
    name: "furtherMotions",
    keyName: "fieldKey",
  });
  return (
    <StepFrame step={MOTION_STEP} stepForm={stepForm}>
      <ChoiceField
        name="motion.filedAs"
        legend="What was filed"
        options={FILED_AS}
        unansweredLabel="A motion (default)"
      />
      <TextField name="motion.titleAsFiled" label="Title of the motion, as filed" isNeeded />
      <MovantPicker />
      <TextField
        name="motion.movantsShortName"
        label="What the order calls the movants together, if several (optional)"
        hint="For example: IDC, or the Orrstown Defendants. The order names them in full once, then by this name."
      />
      <TextField
        name="motion.movantStyledAs"
        label="How the movant styles itself, if not by its role (optional)"
        hint="For example: Appellant. The order then writes “Appellant’s [Plaintiff’s] motion”."
      />
      <div className="grid gap-6 sm:grid-cols-2">
        <TextField name="motion.filedDate" type="date" label="Date filed" />
        <TextField
          name="motion.docketNumber"
          label="Docket number"
          hint="For example: 49"
          inputMode="numeric"
          isNeeded
        />
      </div>
      <ListTextField
        name="motion.attachmentNumbers"
        label="Attachments cited (optional)"
        hint="Separate with commas, for example: 49-1, 49-2"
      />
      <CheckboxField name="motion.isExParte" label="Filed ex parte" />
      <div className="grid gap-6 sm:grid-cols-2">
        <TextField
          name="motion.oppositionDocketNumber"
          label="Opposition docket number (optional)"
          inputMode="numeric"
        />
        <TextField name="motion.replyDocketNumber" label="Reply docket number (optional)" inputMode="numeric" />
      </div>
      <TextAreaField name="motion.reliefSought" rows={4} label="Relief sought" hint={MARKER_HINT} />
      <CompanionRequests />
      <ListField
        name="furtherMotions"
        heading="Further motions decided in this order"
        hint="Only when the order also decides another motion to certify, such as one filed by other defendants. The answers above are the first motion’s."
      >
        {fields.map((field, index) => (
          <FurtherMotionFields key={field.fieldKey} index={index} onRemove={() => remove(index)} />
        ))}
        <Button onClick={() => append({ id: newId(), movantPartyIds: [] })}>
          <span aria-hidden="true">+</span> Add a motion
        </Button>
      </ListField>
      {fields.length > 0 ? (
        <YesNoField
          name="motionsDecidedTogether"
          legend="Does the Court decide the motions together?"
          hint="Yes: one sentence disposes of all of them (“The motions … are GRANTED”). No: one paragraph each."
        />
      ) : null}
    </StepFrame>
  );
}
