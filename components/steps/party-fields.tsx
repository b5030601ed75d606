"use client";

import { CheckboxField } from "@/components/ui/checkbox-field";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";

/** One party: the name as the caption prints it, and how the party proceeds. */
export function PartyFields({ index, label, onRemove }: { index: number; label: string; onRemove: () => void }) {
  const base = `case.parties.${index}` as const;
  return (
    <fieldset className="rounded border border-line p-4">
      <legend className="px-1 font-medium">{label}</legend>
      <TextField name={`${base}.name`} label="Name, as the caption prints it" keepEmpty />
      <div className="mt-3 grid gap-6 sm:grid-cols-2">
        <TextField
          name={`${base}.shortName`}
          label="Short name in the order (optional)"
          hint="Used after the first mention. For example: Sephora"
        />
        <TextField
          name={`${base}.textName`}
          label="Name in the order's text, if not the caption's (optional)"
          hint="For example: Hardin County, Tennessee Board of Education"
        />
      </div>
      <div className="mt-3 flex flex-wrap gap-x-6 gap-y-2">
        <CheckboxField name={`${base}.isProSe`} label="Pro se" />
        <CheckboxField name={`${base}.isPrisoner`} label="Prisoner" />
        <CheckboxField name={`${base}.inFormaPauperis`} label="In forma pauperis" />
        <CheckboxField name={`${base}.isUnserved`} label="Not yet served" />
      </div>
      <TextField
        name={`${base}.consentDocketNumber`}
        label="Docket entry of the party's consent to a magistrate judge"
        hint="Only when a magistrate judge presides by consent under 28 U.S.C. § 636(c); the order recites it. For example: 12"
        inputMode="numeric"
        className="mt-3"
      />
      <Button size="sm" variant="danger" className="mt-3" onClick={onRemove}>
        Remove <span className="sr-only">{label.toLowerCase()}</span>
      </Button>
    </fieldset>
  );
}
