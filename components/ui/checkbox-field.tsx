"use client";

import type { FieldValues } from "react-hook-form";
import type { FieldName } from "./field-name";
import type { MotionDraft } from "@/lib/motion/schema";
import type { ReactNode } from "react";
import { useController, useFormContext } from "react-hook-form";
import { useFieldA11y } from "./field-a11y";
import { ErrorText, Hint } from "./field-parts";

/** A flag that is either set or not (pro se, ex parte, a companion request). Unchecked saves `false`. */
export function CheckboxField<Values extends FieldValues = MotionDraft>({
  name,
  label,
  hint,
  className,
}: {
  name: NoInfer<FieldName<Values>>;
  label: ReactNode;
  hint?: ReactNode;
  className?: string;
}) {
  const { control } = useFormContext<Values>();
  const {
    field: { ref, value, onChange, onBlur },
  } = useController({ control, name });
  const { id, hintId, errorId, error, ariaProps } = useFieldA11y(name, hint !== undefined);
  return (
    <div className={`flex items-start gap-2 ${className ?? ""}`}>
      <input
        type="checkbox"
        id={id}
        ref={ref}
        name={name}
        checked={value === true}
        onChange={(event) => onChange(event.target.checked)}
        onBlur={onBlur}
        className="mt-1 size-4 accent-seal"
        {...ariaProps}
      />
      <div>
        <label htmlFor={id} className="text-ink">
          {label}
        </label>
        <Hint id={hintId}>{hint}</Hint>
        <ErrorText id={errorId} message={error} />
      </div>
    </div>
  );
}
