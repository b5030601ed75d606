"use client";

import { useFieldArray } from "react-hook-form";
import type { ParsedDocketEntry } from "@/lib/docket";
import type { HistorySlice } from "@/lib/wizard/slice-schemas";
import { HISTORY_STEP } from "@/lib/wizard/steps";
import { Button } from "@/components/ui/button";
import { ListField } from "@/components/ui/list-field";
import { newId } from "@/components/wizard/new-id";
import { StepFrame } from "@/components/wizard/step-frame";
import { useDraftContext } from "@/components/wizard/draft-context";
import { useStepForm } from "@/components/wizard/use-step-form";
import { DocketEntryFields, moveButtonId } from "./docket-entry-fields";
import { DocketPaste } from "./docket-paste";
import { EarlierMotionFields } from "./earlier-motion-fields";

/** Step "history": the docket entries the background recounts; typed, or read from a pasted docket report. */
export function HistoryStep() {
  const stepForm = useStepForm<HistorySlice>(HISTORY_STEP);
  const { draft } = useDraftContext();
  const { fields, append, remove, move } = useFieldArray({
    control: stepForm.form.control,
    name: "docketEntries",
    keyName: "fieldKey",
  });

  const moveEntry = (from: number, to: number) => {
    move(from, to);
    // Keep the keyboard on the entry that moved (or on its other button at either end of the list).
    requestAnimationFrame(() => {
      const direction = to < from ? "up" : "down";
      const button = document.getElementById(moveButtonId(to, direction)) as HTMLButtonElement | null;
      const other = document.getElementById(
        moveButtonId(to, direction === "up" ? "down" : "up"),
      ) as HTMLButtonElement | null;
      (button && !button.disabled ? button : other)?.focus();
    });
  };

  const addParsed = (entries: ParsedDocketEntry[]) =>
    append(
      entries.map((entry) => ({
        id: newId(),
        ...(entry.number ? { number: entry.number } : {}),
        date: entry.date,
        docketText: entry.text,
      })),
      { shouldFocus: false },
    );

  return (
    <StepFrame step={HISTORY_STEP} stepForm={stepForm}>
      <ListField
        name="docketEntries"
        heading="Docket entries"
        hint="In the order the background tells them. Only entries with a narrative appear in the order."
      >
        {fields.map((field, index) => (
          <DocketEntryFields
            key={field.fieldKey}
            index={index}
            count={fields.length}
            onMove={moveEntry}
            onRemove={() => remove(index)}
          />
        ))}
        <Button onClick={() => append({ id: newId() })}>
          <span aria-hidden="true">+</span> Add an entry
        </Button>
      </ListField>
      <DocketPaste onAdd={addParsed} />
      {draft.successive.isSuccessive === true ? <EarlierMotionFields /> : null}
    </StepFrame>
  );
}
