"use client";

import { useWatch } from "react-hook-form";
import type { QuestionsSlice } from "@/lib/wizard/slice-schemas";
import { ChoiceField } from "@/components/ui/choice-field";
import { MARKER_HINT } from "@/components/ui/marker-hint";
import { SelectField } from "@/components/ui/select-field";
import { TextAreaField } from "@/components/ui/text-area-field";

const RULINGS = [
  { value: "certify", label: "Certify" },
  { value: "refuse", label: "Refuse" },
] as const;

const GROUNDS = [
  { value: "controlling-question", label: "Not a controlling question of law" },
  { value: "substantial-ground", label: "No substantial ground for difference of opinion" },
  { value: "materially-advance", label: "An appeal on it would not materially advance the litigation" },
  { value: "untimely", label: "Certification of it was not sought in time" },
  { value: "discretion", label: "The court's discretion" },
] as const;

/**
 * One question's certification variants: the court's own wording, and (on a grant in part) whether
 * it is certified or refused, with the ground and the court's reasons for a refusal.
 */
export function QuestionRulingFields({ index }: { index: number }) {
  const base = `certification.questions.${index}` as const;
  const ruling = useWatch<QuestionsSlice>({ name: `${base}.ruling` });
  return (
    <div className="mt-3 space-y-4">
      <TextAreaField<QuestionsSlice>
        name={`${base}.restatedText`}
        rows={2}
        label={`The court's restatement of question ${index + 1} (optional)`}
        hint="The order states the movant's question, then certifies these words instead."
      />
      <ChoiceField<"certify" | "refuse", QuestionsSlice>
        name={`${base}.ruling`}
        legend={`The court's ruling on question ${index + 1}`}
        hint="Needed on a grant in part. Unanswered, the question follows the ruling on the motion."
        options={RULINGS}
        unansweredLabel="Follows the motion"
      />
      {ruling === "refuse" ? (
        <div className="space-y-4 border-l-2 border-line pl-4">
          <SelectField<QuestionsSlice>
            name={`${base}.refusedFor`}
            label={`Why the court refuses question ${index + 1}`}
            options={GROUNDS}
          />
          <TextAreaField<QuestionsSlice>
            name={`${base}.refusalReasoning`}
            rows={3}
            label={`The court's reasons for refusing question ${index + 1}`}
            hint={MARKER_HINT}
          />
        </div>
      ) : null}
    </div>
  );
}
