"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormProvider, useForm } from "react-hook-form";
import type { z } from "zod";
import { callApi } from "@/components/api/api-client";
import { API } from "@/lib/api/endpoints";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { showIssues } from "@/components/ui/show-issues";
import { BindingCourtSchema, ReporterSchema } from "@/lib/authorities/types";
import { ChambersAuthorityInputSchema, type ChambersAuthorityInput } from "@/lib/chambers-library/schema";

const REPORTERS = ReporterSchema.options.map((value) => ({ value, label: value }));
const CIRCUIT_NAMES: Record<string, string> = { scotus: "Supreme Court", dc: "D.C. Circuit", fed: "Federal Circuit" };
const CIRCUITS = BindingCourtSchema.options.map((value) => ({
  value,
  label: CIRCUIT_NAMES[value] ?? `${value} Circuit`,
}));

/**
 * A clerk adds a case the library lacks, having read it: the citation, court, decision date, first
 * and last page, what it stands for at which page, and where and when it was verified. The clerk
 * adding it is recorded as who verified it. Nothing typed is lost on an error.
 */
export function AddAuthorityForm({ today }: { today: string }) {
  const router = useRouter();
  const [added, setAdded] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();
  // Typed as the form holds the answers (the schema's input) and as the resolver hands them on (its output).
  const form = useForm<z.input<typeof ChambersAuthorityInputSchema>, unknown, ChambersAuthorityInput>({
    resolver: zodResolver(ChambersAuthorityInputSchema),
    mode: "onTouched",
    defaultValues: { verifiedOn: today, court: "" },
  });
  const submit = form.handleSubmit(async (values) => {
    setError(undefined);
    setAdded(undefined);
    const result = await callApi(API.addChambersAuthority(), values);
    if (!result.ok) {
      showIssues(form, result.issues ?? []);
      setError(result.issues?.length ? "Some answers need another look (marked below)." : result.error);
      return;
    }
    setAdded(`${result.value.authority.input.name} (${result.value.authority.id})`);
    form.reset({ verifiedOn: today, court: "" });
    router.refresh();
  });
  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={submit} className="mt-4 grid gap-4 sm:grid-cols-2">
        <TextField<ChambersAuthorityInput>
          name="name"
          label="Case name, as cited"
          hint="Bluebook abbreviations: Smith v. Jones Corp."
          className="sm:col-span-2"
        />
        <TextField<ChambersAuthorityInput> name="shortName" label="Short name" hint="For short cites: Smith" />
        <SelectField<ChambersAuthorityInput> name="reporter" label="Reporter" options={REPORTERS} />
        <TextField<ChambersAuthorityInput> name="volume" label="Volume" type="number" inputMode="numeric" />
        <TextField<ChambersAuthorityInput> name="firstPage" label="First page" type="number" inputMode="numeric" />
        <TextField<ChambersAuthorityInput> name="lastPage" label="Last page" type="number" inputMode="numeric" />
        <TextField<ChambersAuthorityInput>
          name="court"
          keepEmpty
          label="Court"
          hint='As the parenthetical prints it ("9th Cir.", "D. Ariz."); empty for the Supreme Court'
        />
        <SelectField<ChambersAuthorityInput> name="circuit" label="Circuit" options={CIRCUITS} />
        <TextField<ChambersAuthorityInput> name="decided" label="Decided" type="date" />
        <TextAreaField<ChambersAuthorityInput>
          name="propositions.0.statement"
          label="What it stands for"
          hint="As an order would state it; put any quoted words inside quotation marks"
          rows={3}
          className="sm:col-span-2"
        />
        <TextField<ChambersAuthorityInput> name="propositions.0.pin" label="At page" hint="1026, 1025-26 or 206 n.1" />
        <TextField<ChambersAuthorityInput> name="propositions.0.quote" label="Its exact words (if quoted)" />
        <TextField<ChambersAuthorityInput>
          name="sourceUrl"
          label="Where you read the opinion (address)"
          className="sm:col-span-2"
        />
        <TextField<ChambersAuthorityInput> name="verifiedOn" label="Verified on" type="date" />
        <div className="sm:col-span-2">
          {error ? (
            <p role="alert" className="mb-3 rounded border border-danger bg-white px-3 py-2 text-danger">
              {error}
            </p>
          ) : null}
          <Button type="submit" variant="primary" disabled={form.formState.isSubmitting}>
            Add to the chambers&apos; library
          </Button>
          <div aria-live="polite" className="mt-2 text-sm">
            {added ? <p className="text-ok">Added {added}.</p> : null}
          </div>
        </div>
      </form>
    </FormProvider>
  );
}
