"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useDeferredValue, useState } from "react";
import { FormProvider, useForm, useWatch } from "react-hook-form";
import { z } from "zod";
import { callApi } from "@/components/api/api-client";
import { OrderFormFields } from "@/components/steps/order-form-fields";
import { Button } from "@/components/ui/button";
import { lazyPart } from "@/components/ui/lazy-part";
import { API } from "@/lib/api/endpoints";
import { answeredOverrides, StyleOverridesSchema, type StyleOverrides } from "@/lib/style/style-overrides";
import {
  DISTRICT_STYLE,
  DocketCiteFields,
  PageCaptionSignatureFields,
  StyleGroup,
  TitleAndDecreeFields,
  type ChambersStyleValues,
} from "./chambers-style-fields";

/** The form checks what the API checks: the style under the name a draft keeps it. */
const ChambersStyleFormSchema = z.object({ styleOverrides: StyleOverridesSchema });

/** The sample is drafted by the whole pipeline (LiquidJS, templates, authorities): a chunk of its own. */
const StyleSampleView = lazyPart(() => import("./style-sample-view").then((module) => module.StyleSampleView), {
  loading: <p className="text-sm text-muted">Preparing the sample…</p>,
  failed: (
    <p className="text-sm text-muted">The sample could not be loaded; it will appear once the connection is back.</p>
  ),
});

/** The API names a field under "style"; the form keeps it under "styleOverrides". */
const formPath = (apiPath: string) => apiPath.replace(/^style(?=\.|$)/, "styleOverrides") as "styleOverrides";

/**
 * The chambers' style: how its orders look where they depart from the district's, with a sample
 * that follows each choice. Read-only, with a note, for a member who may not change it; a refused
 * save shows each problem at its field and keeps every choice made.
 */
export function ChambersStyleForm({ initial, mayEdit }: { initial: StyleOverrides; mayEdit: boolean }) {
  const form = useForm<ChambersStyleValues>({
    resolver: zodResolver(ChambersStyleFormSchema),
    defaultValues: { styleOverrides: initial },
    mode: "onTouched",
  });
  const [error, setError] = useState<string | undefined>(undefined);
  const [saved, setSaved] = useState(false);
  const watched = useWatch({ control: form.control, name: "styleOverrides" });
  const parsed = StyleOverridesSchema.safeParse(watched ?? {});
  const [lastGood, setLastGood] = useState<StyleOverrides>(initial);
  if (parsed.success && JSON.stringify(parsed.data) !== JSON.stringify(lastGood)) setLastGood(parsed.data);
  const sampleStyle = useDeferredValue(lastGood);

  const submit = form.handleSubmit(async (values) => {
    setError(undefined);
    setSaved(false);
    const answer = await callApi(API.saveChambersStyle(), { style: answeredOverrides(values.styleOverrides) });
    if (answer.ok) {
      form.reset({ styleOverrides: answer.value.style });
      setSaved(true);
      return;
    }
    for (const issue of answer.issues ?? []) form.setError(formPath(issue.path), { message: issue.message });
    setError(answer.issues?.length ? "The style was not saved: see the fields marked." : answer.error);
  });

  return (
    <FormProvider {...form}>
      <div className="mt-6 grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <form noValidate onSubmit={submit} aria-label="Chambers style" className="grid gap-6">
          {mayEdit ? null : (
            <p className="rounded border border-line bg-white px-3 py-2" data-testid="read-only-note">
              Only the judge or the chambers administrator changes the chambers’ style. You can see it here; each draft
              can still choose its own form on the ruling step.
            </p>
          )}
          <fieldset disabled={!mayEdit} className="grid gap-6">
            <legend className="sr-only">The chambers’ choices</legend>
            <p className="text-muted">
              Each choice left at “{DISTRICT_STYLE}” follows the style of the district a draft names. Drafts started
              after a save begin from these choices.
            </p>
            <StyleGroup legend="Title, headings, decree and docket citations">
              <OrderFormFields unanswered={DISTRICT_STYLE} />
              <TitleAndDecreeFields />
            </StyleGroup>
            <DocketCiteFields />
            <PageCaptionSignatureFields />
          </fieldset>
          {error ? (
            <p role="alert" className="rounded border border-danger bg-white px-3 py-2 text-danger">
              {error}
            </p>
          ) : null}
          <p role="status" className="text-ok">
            {saved ? "Saved the chambers’ style." : ""}
          </p>
          {mayEdit ? (
            <div>
              <Button type="submit" variant="primary" disabled={form.formState.isSubmitting}>
                Save the chambers’ style
              </Button>
            </div>
          ) : null}
        </form>
        <section
          aria-labelledby="sample-heading"
          className="self-start rounded-lg border border-line bg-white p-4 lg:sticky lg:top-4"
        >
          <h2 id="sample-heading" className="text-lg font-semibold">
            Sample
          </h2>
          <p className="mb-3 text-sm text-muted">A short denial in a district of the neutral federal style.</p>
          <StyleSampleView style={sampleStyle} />
        </section>
      </div>
    </FormProvider>
  );
}
