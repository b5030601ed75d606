"use client";

import { YesNoField } from "@/components/ui/choice-field";
import { MARKER_HINT } from "@/components/ui/marker-hint";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";

/** A successive motion: the earlier request to certify this order, and its denial. */
export function EarlierMotionFields() {
  return (
    <fieldset className="space-y-4 rounded border border-line p-4">
      <legend className="px-1 font-medium">The earlier motion (this motion is successive)</legend>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="successive.priorDenialDocketNumber"
          label="Docket number of the earlier denial"
          inputMode="numeric"
        />
        <TextField name="successive.priorDenialDate" type="date" label="Date of the earlier denial" />
      </div>
      <YesNoField name="successive.raisesNewGrounds" legend="Does this motion raise new grounds?" />
      <TextAreaField
        name="successive.reasoning"
        rows={3}
        label="About the earlier motion (optional)"
        hint={MARKER_HINT}
      />
    </fieldset>
  );
}
