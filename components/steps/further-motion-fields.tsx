"use client";

import { furtherMotionLabel } from "@/lib/wizard/further-motion-checks";
import { Button } from "@/components/ui/button";
import { ChoiceField } from "@/components/ui/choice-field";
import { MARKER_HINT } from "@/components/ui/marker-hint";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { MovantPicker } from "./movant-picker";

const DECISION = [
  { value: "grant", label: "Granted" },
  { value: "deny", label: "Denied" },
] as const;

/** One further motion decided in this order: as filed, its movants and briefing, what it asks, and its decision. */
export function FurtherMotionFields({ index, onRemove }: { index: number; onRemove: () => void }) {
  const base = `furtherMotions.${index}` as const;
  const label = furtherMotionLabel(index);
  return (
    <fieldset className="space-y-4 rounded border border-line p-4">
      <legend className="px-1 font-medium">{label}</legend>
      <TextField
        name={`${base}.titleAsFiled`}
        label="Title of the motion, as filed (optional)"
        hint="Left empty, the order calls it a motion for certification."
      />
      <MovantPicker name={`${base}.movantPartyIds`} legend={`Who filed ${label.toLowerCase()}?`} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name={`${base}.filedDate`} type="date" label="Date filed" />
        <TextField name={`${base}.docketNumber`} label="Docket number" hint="For example: 51" inputMode="numeric" />
        <TextField
          name={`${base}.oppositionDocketNumber`}
          label="Opposition docket number (optional)"
          inputMode="numeric"
        />
        <TextField name={`${base}.replyDocketNumber`} label="Reply docket number (optional)" inputMode="numeric" />
      </div>
      <TextAreaField
        name={`${base}.reliefSought`}
        rows={3}
        label="Relief sought (optional)"
        hint={<>Left empty, the order says it seeks the same relief as the first motion. {MARKER_HINT}</>}
      />
      <ChoiceField
        name={`${base}.decision`}
        legend={`The Court’s decision on ${label.toLowerCase()}`}
        options={DECISION}
      />
      <Button size="sm" variant="danger" onClick={onRemove}>
        Remove <span className="sr-only">{label.toLowerCase()}</span>
      </Button>
    </fieldset>
  );
}
