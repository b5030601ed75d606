import { getProposition } from "@/lib/authorities";
import type { CircuitId } from "@/lib/courts/circuits";
import type { MotionDraft } from "@/lib/motion/schema";
import { formulationFor } from "@/lib/standards/formulations";
import { slotPropositions } from "@/lib/standards/formulations/slot-propositions";
import type { SlotId } from "@/lib/standards/formulations/types";
import { citeDirective } from "../directives";
import type { Signal } from "@/lib/order-doc/types";

type SlotRef = { authorityId: string; propositionId: string; signal?: Signal | undefined };

/** One proposition as an order states it: the statement, then its citation sentence. */
function propositionMarkdown(ref: SlotRef): string {
  const statement = getProposition(ref.authorityId, ref.propositionId).statement.trim();
  return `${statement} ${citeDirective(ref.authorityId, ref.propositionId, ref.signal)}.`;
}

const toKey = (slot: string) => slot.replace(/-/g, "_");

/**
 * The circuit's legal standard as Markdown per slot ("burden" → statement + cite), honoring the
 * chambers' choices of authority for a slot. Empty string for a slot with nothing verified.
 */
export function standardView(draft: MotionDraft, circuit: CircuitId | undefined): Record<string, string> {
  const view: Record<string, string> = {};
  for (const slot of Object.keys(formulationFor(circuit)) as SlotId[]) {
    view[toKey(slot)] = slotPropositions(draft, circuit, slot)
      .map((ref) => propositionMarkdown(ref))
      .join(" ");
  }
  return view;
}
