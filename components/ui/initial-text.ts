"use client";

import { get, useFormContext } from "react-hook-form";

/**
 * The field's value when its form was created, as the text the box shows: given to the input as
 * its default so the server's HTML already shows the answer (react-hook-form fills registered boxes
 * only once the page is hydrated). Stable for the form's life, so it never fights what is typed.
 */
export function useInitialText(name: string): string | undefined {
  const { formState } = useFormContext();
  const value: unknown = get(formState.defaultValues, name);
  return typeof value === "string" || typeof value === "number" ? String(value) : undefined;
}
