"use client";

import { useId, useState } from "react";
import { useController, useFormContext } from "react-hook-form";
import type { PropositionRef } from "@/lib/motion/schema";
import type { StandardSlot } from "@/lib/wizard/step-standard";
import { Button } from "@/components/ui/button";
import { InlineRuns } from "./inline-runs";
import { SLOT_HEADINGS } from "./slot-headings";

const MAX_CHOICES = 6;

/** A choice as stored: the authority and proposition only (the formulation's signal is the template's). */
const stored = (ref: { authorityId: string; propositionId: string }): PropositionRef => ({
  authorityId: ref.authorityId,
  propositionId: ref.propositionId,
});

/**
 * One slot of the legal standard: each proposition as the order will state it, with its
 * citation; the chambers may reorder, remove or add authorities, or go back to the circuit's default.
 */
export function SlotEditor({ slot }: { slot: StandardSlot }) {
  const id = useId();
  const { control } = useFormContext();
  const { field } = useController({ control, name: `analysis.slotChoices.${slot.slot}` });
  const [toAdd, setToAdd] = useState("");
  const heading = SLOT_HEADINGS[slot.slot];
  const current = slot.items.map((item) => stored(item.ref));
  const addable = slot.candidates.filter((candidate) => !slot.items.some((item) => item.key === candidate.key));

  const choose = (refs: PropositionRef[]) => field.onChange(refs);
  const move = (from: number, to: number) => {
    const next = [...current];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item!);
    choose(next);
  };
  const add = () => {
    const candidate = addable.find((c) => c.key === toAdd) ?? addable[0];
    if (candidate) choose([...current, stored(candidate.ref)]);
    setToAdd("");
  };

  return (
    <section
      aria-labelledby={`${id}-heading`}
      className="mt-4 border-t border-line pt-3 first:mt-2 first:border-t-0 first:pt-0"
    >
      <h3 id={`${id}-heading`} className="font-medium text-muted">
        {heading}
      </h3>
      {slot.isChosen ? <p className="text-xs text-muted">Chosen by chambers</p> : null}
      {slot.items.length === 0 ? <p className="mt-1 text-muted">Left out of the order.</p> : null}
      <ol className="mt-1 space-y-2">
        {slot.items.map((item, index) => (
          <li key={item.key} className="font-serif text-[0.95rem] text-ink">
            <InlineRuns runs={item.statement} /> <InlineRuns runs={item.citation} />.
            <span className="mt-1 flex flex-wrap gap-1 font-sans">
              <Button size="sm" variant="quiet" disabled={index === 0} onClick={() => move(index, index - 1)}>
                Move up<span className="sr-only"> {item.key}</span>
              </Button>
              <Button
                size="sm"
                variant="quiet"
                disabled={index === slot.items.length - 1}
                onClick={() => move(index, index + 1)}
              >
                Move down<span className="sr-only"> {item.key}</span>
              </Button>
              <Button size="sm" variant="quiet" onClick={() => choose(current.filter((_, i) => i !== index))}>
                Remove<span className="sr-only"> {item.key}</span>
              </Button>
            </span>
          </li>
        ))}
      </ol>
      {addable.length > 0 && current.length < MAX_CHOICES ? (
        <div className="mt-2 flex flex-wrap items-end gap-2">
          <div className="min-w-0 flex-1">
            <label htmlFor={`${id}-add`} className="block text-xs text-muted">
              Add an authority to “{heading}”
            </label>
            <select
              id={`${id}-add`}
              value={toAdd}
              onChange={(event) => setToAdd(event.target.value)}
              className="mt-0.5 w-full rounded border border-slate-400 bg-white px-2 py-1 text-sm"
            >
              <option value="">Choose…</option>
              {addable.map((candidate) => (
                <option key={candidate.key} value={candidate.key}>
                  {candidate.label}
                </option>
              ))}
            </select>
          </div>
          <Button size="sm" onClick={add} disabled={toAdd === ""}>
            Add
          </Button>
        </div>
      ) : null}
      {slot.isChosen ? (
        <Button size="sm" variant="quiet" className="mt-1 px-0" onClick={() => choose(undefined as never)}>
          Use the circuit&apos;s default
        </Button>
      ) : null}
    </section>
  );
}
