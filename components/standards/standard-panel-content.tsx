"use client";

import { useMemo } from "react";
import { getCircuit } from "@/lib/courts";
import { appellateCircuit } from "@/lib/standards/appellate-circuit";
import type { StepId } from "@/lib/standards/step-id";
import { stepStandard } from "@/lib/wizard/step-standard";
import { useDraftContext } from "@/components/wizard/draft-context";
import { SlotEditor } from "./slot-editor";

/**
 * The standard for the court's circuit, beside the questions: each proposition with its
 * formatted citation, slot by slot, and the chambers' choice of authorities for each. Holds the
 * authority library: `StandardPanel` loads it lazily.
 */
export function StandardPanelContent({ stepId }: { stepId: StepId }) {
  const { draft } = useDraftContext();
  const slots = useMemo(() => stepStandard(stepId, draft), [stepId, draft]);
  const circuit = appellateCircuit(draft);
  const title = circuit
    ? `The standard in the ${getCircuit(circuit).name}`
    : "The standard (choose the court to see its circuit's)";
  return (
    <aside
      aria-labelledby={`standard-${stepId}`}
      className="self-start rounded border border-line bg-paper p-4 text-sm leading-relaxed"
    >
      <h2 id={`standard-${stepId}`} className="font-semibold text-ink">
        {title}
      </h2>
      {slots.length === 0 ? <p className="mt-2 text-muted">No authorities are on file for this standard yet.</p> : null}
      {slots.map((slot) => (
        <SlotEditor key={slot.slot} slot={slot} />
      ))}
    </aside>
  );
}
