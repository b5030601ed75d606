"use client";

import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { ListTextField } from "@/components/ui/list-text-field";
import { MARKER_HINT } from "@/components/ui/marker-hint";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";

type DocketEntryFieldsProps = {
  index: number;
  count: number;
  onMove: (from: number, to: number) => void;
  onRemove: () => void;
};

/** Id of an entry's move button, so focus can follow the entry it moved. */
export const moveButtonId = (index: number, direction: "up" | "down") => `entry-${index}-move-${direction}`;

/** One docket entry of the procedural history: number, date, what the order says about it; move or remove it. */
export function DocketEntryFields({ index, count, onMove, onRemove }: DocketEntryFieldsProps) {
  const base = `docketEntries.${index}` as const;
  const label = `Entry ${index + 1}`;
  return (
    <fieldset className="rounded border border-line p-4">
      <legend className="px-1 font-medium">{label}</legend>
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField name={`${base}.number`} label="Docket number" inputMode="numeric" />
        <TextField name={`${base}.date`} type="date" label="Date" />
        <ListTextField name={`${base}.alsoNumbers`} label="Cited with (optional)" hint="Other numbers, e.g. 44, 46" />
      </div>
      <TextAreaField
        name={`${base}.narrative`}
        rows={3}
        className="mt-4"
        label="What the order says about it"
        hint={<>Follows “On &lt;date&gt;,”. Leave empty to keep the entry out of the background. {MARKER_HINT}</>}
      />
      <TextAreaField
        name={`${base}.docketText`}
        rows={2}
        className="mt-4"
        label="Docket text (for reference, not printed)"
      />
      <div className="mt-3 flex flex-wrap gap-x-6 gap-y-2">
        <CheckboxField name={`${base}.continuesParagraph`} label="Continues the previous paragraph" />
        <CheckboxField name={`${base}.omitDatePrefix`} label="The text states its own date (no “On <date>,”)" />
      </div>
      <div className="mt-4 flex flex-wrap gap-2" role="group" aria-label={`Arrange ${label.toLowerCase()}`}>
        <Button
          size="sm"
          id={moveButtonId(index, "up")}
          disabled={index === 0}
          onClick={() => onMove(index, index - 1)}
        >
          <span aria-hidden="true">↑</span> Move up <span className="sr-only">{label.toLowerCase()}</span>
        </Button>
        <Button
          size="sm"
          id={moveButtonId(index, "down")}
          disabled={index === count - 1}
          onClick={() => onMove(index, index + 1)}
        >
          <span aria-hidden="true">↓</span> Move down <span className="sr-only">{label.toLowerCase()}</span>
        </Button>
        <Button size="sm" variant="danger" onClick={onRemove}>
          Remove <span className="sr-only">{label.toLowerCase()}</span>
        </Button>
      </div>
    </fieldset>
  );
}
