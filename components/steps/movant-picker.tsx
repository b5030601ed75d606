"use client";

import { useController, useFormContext } from "react-hook-form";
import { useFieldA11y } from "@/components/ui/field-a11y";
import { ErrorText, Hint, LabelText } from "@/components/ui/field-parts";
import { useDraftContext } from "@/components/wizard/draft-context";

const NAME = "motion.movantPartyIds";

/**
 * The movant or movants, chosen from the parties named in the parties step: of the motion, or
 * (with `name` and `legend`) of a further request decided in the same order.
 */
export function MovantPicker({
  name = NAME,
  legend = "Who filed the motion?",
  isNeeded = true,
}: { name?: string; legend?: string; isNeeded?: boolean } = {}) {
  const { draft } = useDraftContext();
  const { control } = useFormContext();
  const { field } = useController({ control, name });
  const { id, hintId, errorId, error, ariaProps } = useFieldA11y(name, true);
  const parties = draft.case.parties.filter((party) => party.name.trim() !== "");
  const chosen = new Set<string>(Array.isArray(field.value) ? field.value : []);

  const toggle = (partyId: string, isChecked: boolean) => {
    const next = new Set(chosen);
    if (isChecked) next.add(partyId);
    else next.delete(partyId);
    // Keep the parties' order, and drop ids of parties removed since.
    field.onChange(draft.case.parties.map((p) => p.id).filter((pid) => next.has(pid)));
  };

  return (
    <fieldset id={id} {...ariaProps}>
      <legend>
        <LabelText isNeeded={isNeeded}>{legend}</LabelText>
      </legend>
      <Hint id={hintId}>
        {parties.length === 0 ? "Name the parties in the parties step first." : "Choose every movant."}
      </Hint>
      <div className="mt-2 space-y-1">
        {parties.map((party, index) => (
          <div key={party.id} className="flex items-start gap-2">
            <input
              type="checkbox"
              id={`${id}-${party.id}`}
              ref={index === 0 ? field.ref : undefined}
              checked={chosen.has(party.id)}
              onChange={(event) => toggle(party.id, event.target.checked)}
              onBlur={field.onBlur}
              className="mt-1 size-4 accent-seal"
            />
            <label htmlFor={`${id}-${party.id}`}>
              {party.name} <span className="text-muted">({party.side})</span>
            </label>
          </div>
        ))}
      </div>
      <ErrorText id={errorId} message={error} />
    </fieldset>
  );
}
