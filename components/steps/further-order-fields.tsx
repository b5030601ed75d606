"use client";

import { Button } from "@/components/ui/button";
import { ChoiceField } from "@/components/ui/choice-field";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";

const CERTIFICATION = [
  { value: "grant", label: "Certify it" },
  { value: "deny", label: "Decline to certify it" },
] as const;

/** How the wizard names a further order: the order under review is order 1. */
export const furtherOrderLabel = (index: number) => `Order ${index + 2}`;

/** One further order under review: its date, docket number, what it decided, and a certification decided apart. */
export function FurtherOrderFields({ index, onRemove }: { index: number; onRemove: () => void }) {
  const base = `furtherOrders.${index}` as const;
  const label = furtherOrderLabel(index);
  return (
    <fieldset className="rounded border border-line p-4">
      <legend className="px-1 font-medium">{label}</legend>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name={`${base}.date`} type="date" label="Date entered on the docket" />
        <TextField name={`${base}.docketNumber`} label="Docket number" hint="For example: 52" inputMode="numeric" />
      </div>
      <TextAreaField
        name={`${base}.decided`}
        rows={2}
        className="mt-4"
        label="What the order decided"
        hint="Completes “the order …”, for example: denying reconsideration of that order"
      />
      <ChoiceField
        name={`${base}.certificationDecision`}
        className="mt-4"
        legend="Certification of this order"
        hint="Only when the Court decides this order apart from the first; otherwise the ruling on the motion decides it."
        options={CERTIFICATION}
        unansweredLabel="Follows the ruling"
      />
      <Button size="sm" variant="danger" className="mt-4" onClick={onRemove}>
        Remove <span className="sr-only">{label.toLowerCase()}</span>
      </Button>
    </fieldset>
  );
}
