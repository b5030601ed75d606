"use client";

import { useFieldArray, useFormContext, useWatch } from "react-hook-form";
import type { ReviewSlice } from "@/lib/wizard/slice-schemas";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { ListField } from "@/components/ui/list-field";
import { ListTextField } from "@/components/ui/list-text-field";
import { MARKER_HINT } from "@/components/ui/marker-hint";
import { SelectField } from "@/components/ui/select-field";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { newId } from "@/components/wizard/new-id";
import { MovantPicker } from "./movant-picker";

const KINDS = [
  { value: "rule-54b-judgment", label: "Entry of final judgment under Rule 54(b)" },
  { value: "leave-to-amend", label: "Leave to amend" },
  { value: "clarification", label: "Clarification" },
  { value: "strike", label: "Striking a filing" },
  { value: "vacate-hearing", label: "Vacating a hearing or trial date" },
  { value: "extend-time", label: "Extending time (e.g. to file a notice of appeal, FRAP 4(a)(5))" },
  { value: "other", label: "Other" },
] as const;

const DISPOSITIONS = [
  { value: "granted", label: "Granted" },
  { value: "denied", label: "Denied" },
  { value: "denied-as-moot", label: "Denied as moot" },
  { value: "granted-in-part", label: "Granted in part and denied in part" },
  { value: "not-reached", label: "Not reached" },
  { value: "deferred", label: "Deferred" },
] as const;

const DIRECTION_KINDS = [
  { value: "close-motions", label: "Close (terminate) motions on the docket" },
  { value: "deadline", label: "A deadline" },
  { value: "caution", label: "A caution to a party or counsel" },
  { value: "other", label: "Another direction" },
] as const;

/** What one direction asks for, by its kind. */
function DirectionAnswers({ index }: { index: number }) {
  const kind = useWatch<ReviewSlice>({ name: `directions.${index}.kind` });
  if (kind === "close-motions")
    return (
      <ListTextField<ReviewSlice>
        name={`directions.${index}.docketNumbers`}
        label="Docket numbers of the motions to close"
        hint="Separated by commas: 43, 51"
      />
    );
  if (kind === undefined) return null;
  return (
    <>
      <TextAreaField<ReviewSlice>
        name={`directions.${index}.text`}
        rows={2}
        label={
          kind === "deadline"
            ? "Who must do what (printed before the date)"
            : kind === "caution"
              ? "The caution, as the order should say it"
              : "The direction, as the order should say it"
        }
        hint={kind === "deadline" ? "e.g. Defendants shall answer the amended complaint" : MARKER_HINT}
      />
      {kind === "deadline" ? (
        <TextField<ReviewSlice>
          name={`directions.${index}.dueDate`}
          type="date"
          label="On or before"
          hint="Leave empty when the words above say when."
          className="max-w-xs"
        />
      ) : null}
    </>
  );
}

/**
 * The ruling step's further rulings (other requests decided in the same order, each with its own
 * decree) and further directions (close motions, deadlines, a caution), as repeatable lists.
 */
export function OtherRulingsFields() {
  const { control } = useFormContext<ReviewSlice>();
  const rulings = useFieldArray({ control, name: "otherRulings", keyName: "fieldKey" });
  const directions = useFieldArray({ control, name: "directions", keyName: "fieldKey" });
  return (
    <div className="space-y-8 p-4 pt-0">
      <ListField<ReviewSlice>
        name="otherRulings"
        heading="Other requests decided in this order"
        hint="Any further motion or request the order rules on; each gets its own decree paragraph."
      >
        {rulings.fields.map((field, index) => (
          <fieldset key={field.fieldKey} className="space-y-4 rounded border border-line p-4">
            <legend className="px-1 font-medium">Further request {index + 1}</legend>
            <SelectField<ReviewSlice> name={`otherRulings.${index}.kind`} label="What it asks for" options={KINDS} />
            <TextField<ReviewSlice>
              name={`otherRulings.${index}.titleAsFiled`}
              label="Title as filed"
              hint="e.g. Motion for Leave to File a Second Amended Complaint. Empty: the order names it by what it asks for."
            />
            <TextField<ReviewSlice>
              name={`otherRulings.${index}.docketNumber`}
              label="Docket number"
              inputMode="numeric"
              className="max-w-xs"
            />
            <MovantPicker name={`otherRulings.${index}.movantPartyIds`} legend="Who asked for it?" isNeeded={false} />
            <SelectField<ReviewSlice>
              name={`otherRulings.${index}.disposition`}
              label="The court's ruling on it"
              options={DISPOSITIONS}
              placeholder="Not decided"
              isNeeded
            />
            <TextAreaField<ReviewSlice>
              name={`otherRulings.${index}.reasons`}
              rows={3}
              label="The court's reasons"
              hint={MARKER_HINT}
            />
            <CheckboxField<ReviewSlice>
              name={`otherRulings.${index}.reasonsInFootnote`}
              label="Print the reasons as a footnote to the ruling on the motion"
            />
            <Button size="sm" variant="danger" onClick={() => rulings.remove(index)}>
              Remove <span className="sr-only">further request {index + 1}</span>
            </Button>
          </fieldset>
        ))}
        <Button onClick={() => rulings.append({ id: newId(), movantPartyIds: [] })}>
          <span aria-hidden="true">+</span> Add a request decided in this order
        </Button>
      </ListField>
      <ListField<ReviewSlice>
        name="directions"
        heading="Further directions"
        hint="Printed in the decree after the rulings, in this order."
      >
        {directions.fields.map((field, index) => (
          <fieldset key={field.fieldKey} className="space-y-4 rounded border border-line p-4">
            <legend className="px-1 font-medium">Direction {index + 1}</legend>
            <SelectField<ReviewSlice>
              name={`directions.${index}.kind`}
              label="Kind of direction"
              options={DIRECTION_KINDS}
              isNeeded
            />
            <DirectionAnswers index={index} />
            <Button size="sm" variant="danger" onClick={() => directions.remove(index)}>
              Remove <span className="sr-only">direction {index + 1}</span>
            </Button>
          </fieldset>
        ))}
        <Button onClick={() => directions.append({ id: newId() })}>
          <span aria-hidden="true">+</span> Add a direction
        </Button>
      </ListField>
    </div>
  );
}
