"use client";

import type { FieldValues } from "react-hook-form";
import type { FieldName } from "./field-name";
import type { MotionDraft } from "@/lib/motion/schema";
import { useState, type ReactNode } from "react";
import { useController, useFormContext, useFormState } from "react-hook-form";
import { getAtPath } from "@/lib/wizard/field-path";
import { fieldId } from "./field-a11y";
import { ErrorText, Hint, inputClass, LabelText } from "./field-parts";

const split = (text: string): string[] =>
  text
    .split(/[,;\s]+/)
    .map((part) => part.trim())
    .filter((part) => part !== "");

/** The first message among a list's item errors ("motion.attachmentNumbers.1"). */
function firstMessage(error: unknown): string | undefined {
  if (!error || typeof error !== "object") return undefined;
  if ("message" in error && typeof error.message === "string") return error.message;
  for (const item of Object.values(error)) {
    const message = firstMessage(item);
    if (message) return message;
  }
  return undefined;
}

/** A short list typed on one line, separated by commas ("49-1, 49-2"); kept as typed while editing. */
export function ListTextField<Values extends FieldValues = MotionDraft>({
  name,
  label,
  hint,
}: {
  name: NoInfer<FieldName<Values>>;
  label: ReactNode;
  hint?: ReactNode;
}) {
  const { control } = useFormContext<Values>();
  const {
    field: { ref, value, onChange, onBlur },
  } = useController({ control, name });
  const { errors } = useFormState({ control, name });
  const initial = Array.isArray(value) ? (value as string[]).join(", ") : "";
  const [text, setText] = useState(initial);
  const id = fieldId(name);
  const error = firstMessage(getAtPath(errors, name));
  const describedBy = [hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined].filter(Boolean).join(" ");
  return (
    <div>
      <label htmlFor={id}>
        <LabelText>{label}</LabelText>
      </label>
      <Hint id={`${id}-hint`}>{hint}</Hint>
      <input
        id={id}
        ref={ref}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          onChange(split(event.target.value));
        }}
        onBlur={onBlur}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        autoComplete="off"
        className={inputClass}
      />
      <ErrorText id={`${id}-error`} message={error} />
    </div>
  );
}
