"use client";

import { useFieldArray } from "react-hook-form";
import type { QuestionsSlice } from "@/lib/wizard/slice-schemas";
import { QUESTIONS_STEP } from "@/lib/wizard/steps";
import { Button } from "@/components/ui/button";
import { ListField } from "@/components/ui/list-field";
import { TextAreaField } from "@/components/ui/text-area-field";
import { newId } from "@/components/wizard/new-id";
import { StepFrame } from "@/components/wizard/step-frame";
import { useStepForm } from "@/components/wizard/use-step-form";
import { QuestionRulingFields } from "./question-ruling-fields";

/** Step "questions": the proposed question or questions of law. */
export function QuestionsStep() {
  const stepForm = useStepForm<QuestionsSlice>(QUESTIONS_STEP);
  const { fields, append, remove } = useFieldArray({
    control: stepForm.form.control,
    name: "certification.questions",
    keyName: "fieldKey",
  });
  return (
    <StepFrame step={QUESTIONS_STEP} stepForm={stepForm}>
      <ListField
        name="certification.questions"
        heading="Questions"
        hint="Frame each as the court would put it to the court of appeals: a question of law, not of fact."
      >
        {fields.map((field, index) => (
          <div key={field.fieldKey} className="rounded border border-line p-4">
            <TextAreaField
              name={`certification.questions.${index}.text`}
              rows={3}
              label={`Question ${index + 1}`}
              keepEmpty
            />
            <QuestionRulingFields index={index} />
            <Button size="sm" variant="danger" className="mt-2" onClick={() => remove(index)}>
              Remove <span className="sr-only">question {index + 1}</span>
            </Button>
          </div>
        ))}
        <Button onClick={() => append({ id: newId(), text: "" })}>
          <span aria-hidden="true">+</span> Add a question
        </Button>
      </ListField>
    </StepFrame>
  );
}
