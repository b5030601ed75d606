"use client";

import type { FieldValues } from "react-hook-form";
import type { FieldName } from "./field-name";
import type { MotionDraft } from "@/lib/motion/schema";
import type { ReactNode } from "react";
import { useFormContext } from "react-hook-form";
import { useFieldA11y } from "./field-a11y";
import { useInitialText } from "./initial-text";
import { ErrorText, Hint, inputClass, LabelText } from "./field-parts";

/** An empty box is an unanswered question, not an empty answer. */
export const emptyToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);
const toNumber = (value: unknown) =>
  value === "" || value === null || value === undefined ? undefined : Number(value);

type TextFieldProps<Values extends FieldValues> = {
  name: NoInfer<FieldName<Values>>;
  label: ReactNode;
  hint?: ReactNode;
  type?: "text" | "date" | "number" | "email" | "password";
  /** Keep "" for a required text (a party's name), instead of unanswered. */
  keepEmpty?: boolean;
  isNeeded?: boolean;
  className?: string;
  inputMode?: "text" | "numeric";
  autoComplete?: string;
};

/** A one-line answer: label, hint, the input, and its error right under it. */
export function TextField<Values extends FieldValues = MotionDraft>({
  name,
  label,
  hint,
  type = "text",
  keepEmpty,
  isNeeded,
  className,
  inputMode,
  autoComplete = "off",
}: TextFieldProps<Values>) {
  const { register } = useFormContext<Values>();
  const { id, hintId, errorId, error, ariaProps } = useFieldA11y(name, hint !== undefined);
  const initialText = useInitialText(name);
  const setValueAs = type === "number" ? toNumber : keepEmpty ? (v: unknown) => v ?? "" : emptyToUndefined;
  return (
    <div className={className}>
      <label htmlFor={id}>
        <LabelText isNeeded={isNeeded}>{label}</LabelText>
      </label>
      <Hint id={hintId}>{hint}</Hint>
      <input
        id={id}
        type={type}
        inputMode={inputMode}
        autoComplete={autoComplete}
        className={`${inputClass} ${type === "date" ? "max-w-xs" : ""}`}
        defaultValue={initialText}
        {...ariaProps}
        {...register(name, { setValueAs })}
      />
      <ErrorText id={errorId} message={error} />
    </div>
  );
}
