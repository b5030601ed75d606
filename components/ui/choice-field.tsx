"use client";

import type { FieldValues } from "react-hook-form";
import type { FieldName } from "./field-name";
import type { MotionDraft } from "@/lib/motion/schema";
import type { ReactNode } from "react";
import { useController, useFormContext } from "react-hook-form";
import { useFieldA11y } from "./field-a11y";
import { ErrorText, Hint, LabelText } from "./field-parts";

export type ChoiceOption<V> = { value: V; label: ReactNode; hint?: ReactNode };

type ChoiceFieldProps<V, Values extends FieldValues = MotionDraft> = {
  name: NoInfer<FieldName<Values>>;
  legend: ReactNode;
  hint?: ReactNode;
  options: readonly ChoiceOption<V>[];
  /** Offer "Not answered" (the answer left open) as the last choice. */
  allowUnanswered?: boolean;
  unansweredLabel?: string;
  isNeeded?: boolean;
  inline?: boolean;
  className?: string;
};

/** Radios for one answer (a boolean, an enum), with "Not answered" to leave it open. Arrow keys move within the group. */
export function ChoiceField<V extends string | boolean, Values extends FieldValues = MotionDraft>({
  name,
  legend,
  hint,
  options,
  allowUnanswered = true,
  unansweredLabel = "Not answered",
  isNeeded,
  inline = true,
  className,
}: ChoiceFieldProps<V, Values>) {
  const { control } = useFormContext<Values>();
  const { field } = useController({ control, name });
  const { id, hintId, errorId, error, ariaProps } = useFieldA11y(name, hint !== undefined);
  const all: ChoiceOption<V | undefined>[] = allowUnanswered
    ? [...options, { value: undefined, label: unansweredLabel }]
    : [...options];
  return (
    <fieldset id={id} className={className} {...ariaProps}>
      <legend>
        <LabelText isNeeded={isNeeded}>{legend}</LabelText>
      </legend>
      <Hint id={hintId}>{hint}</Hint>
      <div className={`mt-2 flex ${inline ? "flex-wrap gap-x-6 gap-y-2" : "flex-col gap-2"}`}>
        {all.map((option, index) => {
          const optionId = `${id}-${index}`;
          return (
            <div key={optionId} className="flex items-start gap-2">
              <input
                type="radio"
                id={optionId}
                name={name}
                ref={index === 0 ? field.ref : undefined}
                checked={field.value === option.value}
                onChange={() => field.onChange(option.value)}
                onBlur={field.onBlur}
                className="mt-1 size-4 accent-seal"
              />
              <label htmlFor={optionId} className="text-ink">
                {option.label}
                {option.hint ? <span className="block text-sm text-muted">{option.hint}</span> : null}
              </label>
            </div>
          );
        })}
      </div>
      <ErrorText id={errorId} message={error} />
    </fieldset>
  );
}

const YES_NO = [
  { value: true, label: "Yes" },
  { value: false, label: "No" },
] as const satisfies readonly ChoiceOption<boolean>[];

/** A yes-or-no answer: Yes, No, Not answered. */
export function YesNoField<Values extends FieldValues = MotionDraft>(
  props: Omit<ChoiceFieldProps<boolean, Values>, "options">,
) {
  return <ChoiceField<boolean, Values> {...props} options={YES_NO} />;
}
