"use client";

import type { FieldValues } from "react-hook-form";
import type { FieldName } from "./field-name";
import type { MotionDraft } from "@/lib/motion/schema";
import type { ReactNode } from "react";
import { useFieldA11y } from "./field-a11y";
import { ErrorText } from "./field-parts";

/**
 * A list answer (parties, docket entries, questions) with its heading and the error for the list
 * as a whole ("Add at least one defendant"); Next moves focus to its first control when invalid.
 */
export function ListField<Values extends FieldValues = MotionDraft>({
  name,
  heading,
  hint,
  children,
}: {
  name: NoInfer<FieldName<Values>>;
  heading: ReactNode;
  hint?: ReactNode;
  children: ReactNode;
}) {
  const { id, errorId, hintId, error, ariaProps } = useFieldA11y(name, hint !== undefined);
  return (
    <section id={id} aria-labelledby={`${id}-heading`} {...ariaProps} className="space-y-4">
      <div>
        <h2 id={`${id}-heading`} className="text-lg font-semibold text-ink">
          {heading}
        </h2>
        {hint ? (
          <p id={hintId} className="mt-1 text-sm text-muted">
            {hint}
          </p>
        ) : null}
        <ErrorText id={errorId} message={error} />
      </div>
      {children}
    </section>
  );
}
