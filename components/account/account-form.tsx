"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, type ReactNode } from "react";
import { FormProvider, useForm, type FieldValues, type Resolver } from "react-hook-form";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";

export type AccountField = {
  name: string;
  label: string;
  type: "text" | "email" | "password";
  autoComplete: string;
  hint?: string;
};

/** What a submit can answer: nothing (success), a general error, or problems at named fields. */
export type SubmitOutcome = void | {
  error?: string | undefined;
  issues?: { path: string; message: string }[] | undefined;
};

/**
 * A small account form (setup, sign-in, invitation): react-hook-form checked with the same zod
 * schema the API uses, server problems shown at their fields, nothing typed cleared on error.
 */
export function AccountForm<S extends z.ZodType<FieldValues, FieldValues>>({
  schema,
  fields,
  submitLabel,
  onSubmit,
  children,
}: {
  schema: S;
  fields: AccountField[];
  submitLabel: string;
  onSubmit: (values: z.infer<S>) => Promise<SubmitOutcome>;
  children?: ReactNode;
}) {
  const form = useForm<FieldValues>({
    resolver: zodResolver(schema as never) as unknown as Resolver<FieldValues>,
    mode: "onTouched",
  });
  const [error, setError] = useState<string | undefined>(undefined);
  const submit = form.handleSubmit(async (values) => {
    setError(undefined);
    const outcome = await onSubmit(values as z.infer<S>);
    if (!outcome) return;
    for (const issue of outcome.issues ?? []) form.setError(issue.path, { message: issue.message });
    if (outcome.error) setError(outcome.error);
  });
  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={submit} className="mt-6 grid gap-4">
        {fields.map((field) => (
          <TextField<FieldValues>
            key={field.name}
            name={field.name}
            label={field.label}
            type={field.type}
            autoComplete={field.autoComplete}
            hint={field.hint}
          />
        ))}
        {children}
        {error ? (
          <p role="alert" className="rounded border border-danger bg-white px-3 py-2 text-danger">
            {error}
          </p>
        ) : null}
        <div>
          <Button type="submit" variant="primary" disabled={form.formState.isSubmitting}>
            {submitLabel}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
