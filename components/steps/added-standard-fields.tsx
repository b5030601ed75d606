"use client";

import { useFieldArray, useFormContext } from "react-hook-form";
import type { ReviewSlice } from "@/lib/wizard/slice-schemas";
import { Button } from "@/components/ui/button";
import { ListField } from "@/components/ui/list-field";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { newId } from "@/components/wizard/new-id";

/**
 * Sentences the clerk adds to the legal standard, with a citation the library does not hold: they
 * print as typed, and the clerk's copy marks the citation as not verified.
 */
export function AddedStandardFields() {
  const { control } = useFormContext<ReviewSlice>();
  const { fields, append, remove } = useFieldArray({ control, name: "addedStandardSentences", keyName: "fieldKey" });
  return (
    <ListField<ReviewSlice>
      name="addedStandardSentences"
      heading="Sentences not in the library"
      hint="Printed as typed after the standard above; the citation is marked “not verified” in your copy (preview and Word comments) until the judge approves."
    >
      {fields.map((field, index) => (
        <fieldset key={field.fieldKey} className="space-y-4 rounded border border-line p-4">
          <legend className="px-1 font-medium">Added sentence {index + 1}</legend>
          <TextAreaField<ReviewSlice>
            name={`addedStandardSentences.${index}.text`}
            rows={2}
            label="The sentence"
            keepEmpty
          />
          <TextField<ReviewSlice>
            name={`addedStandardSentences.${index}.citation`}
            label="Its citation, as it should print"
            hint="e.g. *Doe v. Roe*, 123 F.3d 456, 459 (9th Cir. 1997) (asterisks for italics)"
            keepEmpty
          />
          <Button size="sm" variant="danger" onClick={() => remove(index)}>
            Remove <span className="sr-only">added sentence {index + 1}</span>
          </Button>
        </fieldset>
      ))}
      <Button onClick={() => append({ id: newId(), text: "", citation: "" })}>
        <span aria-hidden="true">+</span> Add a sentence with its citation
      </Button>
    </ListField>
  );
}
