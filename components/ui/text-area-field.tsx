"use client";

import type { FieldValues } from "react-hook-form";
import type { FieldName } from "./field-name";
import type { MotionDraft } from "@/lib/motion/schema";
import type { ReactNode } from "react";
import { useFormContext } from "react-hook-form";
import { emptyToUndefined } from "./text-field";
import { useFieldA11y } from "./field-a11y";
import { useInitialText } from "./initial-text";
import { ErrorText, Hint, inputClass, LabelText } from "./field-parts";
import { FieldCiteCheck } from "@/components/cite-check/field-cite-check";

type TextAreaFieldProps<Values extends FieldValues> = {
  name: NoInfer<FieldName<Values>>;
  label: ReactNode;
  hint?: ReactNode;
  rows?: number;
  keepEmpty?: boolean;
  isNeeded?: boolean;
  className?: string;
};

/** Clerk prose (reasoning, narratives): a tall box that keeps line breaks as typed. */
export function TextAreaField<Values extends FieldValues = MotionDraft>({
  name,
  label,
  hint,
  rows = 5,
  keepEmpty,
  isNeeded,
  className,
}: TextAreaFieldProps<Values>) {
  const { register } = useFormContext<Values>();
  const { id, hintId, errorId, error, ariaProps } = useFieldA11y(name, hint !== undefined);
  const initialText = useInitialText(name);
  return (
    <div className={className}>
      <label htmlFor={id}>
        <LabelText isNeeded={isNeeded}>{label}</LabelText>
      </label>
      <Hint id={hintId}>{hint}</Hint>
      <textarea
        id={id}
        rows={rows}
        className={`${inputClass} font-serif leading-relaxed`}
        defaultValue={initialText}
        {...ariaProps}
        {...register(name, { setValueAs: keepEmpty ? (v: unknown) => v ?? "" : emptyToUndefined })}
      />
      <ErrorText id={errorId} message={error} />
      <FieldCiteCheck name={name} />
    </div>
  );
}
