"use client";

import { useFieldArray, useFormContext, useWatch } from "react-hook-form";
import type { CaptionActions } from "@/lib/motion/caption-schema";
import type { PartiesSlice } from "@/lib/wizard/slice-schemas";
import { Button } from "@/components/ui/button";
import type { FieldName } from "@/components/ui/field-name";
import { ListField } from "@/components/ui/list-field";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { newId } from "@/components/wizard/new-id";

const ACTIONS: { value: CaptionActions; label: string }[] = [
  { value: "one", label: "This action alone" },
  { value: "consolidated", label: "A lead case and the cases consolidated with it" },
  { value: "in-re", label: "A litigation “In re …” (an MDL or consolidated cases under one name)" },
];

const RELATES_TO = [
  { value: "all-cases", label: "This Document Relates To: All Cases" },
  { value: "all-actions", label: "This Document Relates To: All Actions" },
  { value: "listed-cases", label: "This Document Relates To: the cases listed below" },
] as const;

type PairField = { name: FieldName; label: string; hint: string };

/** One item of a caption list, two answers side by side: a member case (name, number) or a further number (label, number). */
function CaptionItemFields(props: { legend: string; fields: [PairField, PairField]; onRemove: () => void }) {
  const { legend, fields, onRemove } = props;
  return (
    <fieldset className="rounded border border-line p-4">
      <legend className="px-1 font-medium">{legend}</legend>
      <div className="grid gap-4 sm:grid-cols-2">
        {fields.map((field) => (
          <TextField key={field.name} name={field.name} label={field.label} hint={field.hint} />
        ))}
      </div>
      <Button size="sm" variant="danger" className="mt-3" onClick={onRemove}>
        Remove <span className="sr-only">{legend.toLowerCase()}</span>
      </Button>
    </fieldset>
  );
}

const caseFields = (index: number): [PairField, PairField] => [
  {
    name: `case.caption.cases.${index}.name`,
    label: "Name, as the caption prints it",
    hint: "For example: Esposito v. Xanodyne Pharm., Inc., et al.",
  },
  {
    name: `case.caption.cases.${index}.number`,
    label: "Case number",
    hint: "Without its label, for example: 2:11-175-DCR",
  },
];

const numberFields = (index: number): [PairField, PairField] => [
  { name: `case.caption.moreNumbers.${index}.label`, label: "Label", hint: "For example: MDL Docket No." },
  { name: `case.caption.moreNumbers.${index}.number`, label: "Number", hint: "For example: 2226" },
];

/**
 * The answers of a caption naming several actions. Mounted only once the clerk chooses one, so
 * that a draft of one action never gains empty lists.
 */
function SeveralActionsFields({ isInRe }: { isInRe: boolean }) {
  const { control } = useFormContext<PartiesSlice>();
  const cases = useFieldArray({ control, name: "case.caption.cases", keyName: "fieldKey" });
  const numbers = useFieldArray({ control, name: "case.caption.moreNumbers", keyName: "fieldKey" });
  return (
    <>
      {isInRe ? (
        <TextField
          name="case.caption.inReName"
          label="The litigation's name"
          hint="Printed “IN RE: …”, for example: Darvocet, Darvon and Propoxyphene Products Liability Litigation"
          isNeeded
        />
      ) : null}
      <TextField
        name="case.caption.numberLabel"
        label={isInRe ? "Label of the master number" : "Label of the lead case's number"}
        hint="Only when it is not the court's usual label, for example: Master File No."
      />
      <ListField name="case.caption.moreNumbers" heading="Further numbers under the case number">
        {numbers.fields.map((field, index) => (
          <CaptionItemFields
            key={field.fieldKey}
            legend={`Further number ${index + 1}`}
            fields={numberFields(index)}
            onRemove={() => numbers.remove(index)}
          />
        ))}
        <Button onClick={() => numbers.append({ id: newId() })}>
          <span aria-hidden="true">+</span> Add a number
        </Button>
      </ListField>
      <SelectField
        name="case.caption.relatesTo"
        label="“This Document Relates To”"
        options={RELATES_TO}
        placeholder="Not printed"
      />
      <ListField
        name="case.caption.cases"
        heading={isInRe ? "Member cases" : "Cases consolidated with this one"}
        hint="Each prints with its number, in this order."
      >
        {cases.fields.map((field, index) => (
          <CaptionItemFields
            key={field.fieldKey}
            legend={`Case ${index + 1}`}
            fields={caseFields(index)}
            onRemove={() => cases.remove(index)}
          />
        ))}
        <Button onClick={() => cases.append({ id: newId() })}>
          <span aria-hidden="true">+</span> Add a case
        </Button>
      </ListField>
    </>
  );
}

/** The caption beyond the parties: the actions it names, their numbers, and the division. */
export function CaptionFields() {
  const { control } = useFormContext<PartiesSlice>();
  const actions = useWatch({ control, name: "case.caption.actions" });
  return (
    <section aria-labelledby="caption-fields-heading" className="space-y-4">
      <h2 id="caption-fields-heading" className="text-lg font-semibold text-ink">
        Caption
      </h2>
      <SelectField name="case.caption.actions" label="What the caption names" options={ACTIONS} />
      {actions === "consolidated" || actions === "in-re" ? <SeveralActionsFields isInRe={actions === "in-re"} /> : null}
      <TextField
        name="case.caption.division"
        label="Division, as printed under the court's name"
        hint="Only where the court prints one, for example: Northern Division"
      />
    </section>
  );
}
