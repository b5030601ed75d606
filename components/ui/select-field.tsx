"use client";

import type { FieldValues } from "react-hook-form";
import type { FieldName } from "./field-name";
import type { MotionDraft } from "@/lib/motion/schema";
import type { ReactNode } from "react";
import { useFormContext } from "react-hook-form";
import { emptyToUndefined } from "./text-field";
import { useFieldA11y } from "./field-a11y";
import { ErrorText, Hint, inputClass, LabelText } from "./field-parts";

type SelectFieldProps<Values extends FieldValues> = {
  name: NoInfer<FieldName<Values>>;
  label: ReactNode;
  hint?: ReactNode;
  options: readonly { value: string; label: string }[];
  placeholder?: string;
  isNeeded?: boolean;
  className?: string;
};

/** One choice from a list; the first line leaves it unanswered. */
export function SelectField<Values extends FieldValues = MotionDraft>({
  name,
  label,
  hint,
  options,
  placeholder = "Not answered",
  isNeeded,
  className,
}: SelectFieldProps<Values>) {
  const { register } = useFormContext<Values>();
  const { id, hintId, errorId, error, ariaProps } = useFieldA11y(name, hint !== undefined);
  return (
    <div className={className}>
      <label htmlFor={id}>
        <LabelText isNeeded={isNeeded}>{label}</LabelText>
      </label>
      <Hint id={hintId}>{hint}</Hint>
      <select
        id={id}
        className={`${inputClass} max-w-xl`}
        {...ariaProps}
        {...register(name, { setValueAs: emptyToUndefined })}
      >
        <option value="">{placeholder}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <ErrorText id={errorId} message={error} />
    </div>
  );
}
