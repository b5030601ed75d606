import { Drop } from "liquidjs";
import { getProposition } from "@/lib/authorities";
import type { CircuitId } from "@/lib/courts/circuits";
import type { MotionDraft } from "@/lib/motion/schema";
import { formulationFor } from "@/lib/standards/formulations";
import { slotPropositions } from "@/lib/standards/formulations/slot-propositions";
import type { SlotId } from "@/lib/standards/formulations/types";
import { citeDirective } from "../directives";
import type { Signal } from "@/lib/order-doc/types";

type SlotRef = { authorityId: string; propositionId: string; signal?: Signal | undefined };

/**
 * Propositions as an order states them: each statement, then its citation sentence. Authorities
 * chosen together for the same statement (a case and the case it quotes) share one statement and
 * are string-cited after it, rather than the statement printing twice.
 */
function statements(refs: readonly SlotRef[]): string[] {
  const byStatement = new Map<string, SlotRef[]>();
  for (const ref of refs) {
    const statement = getProposition(ref.authorityId, ref.propositionId).statement.trim();
    byStatement.set(statement, [...(byStatement.get(statement) ?? []), ref]);
  }
  return [...byStatement].map(
    ([statement, cited]) =>
      `${statement} ${cited.map((ref) => citeDirective(ref.authorityId, ref.propositionId, ref.signal)).join("; ")}.`,
  );
}

const toKey = (slot: string) => slot.replace(/-/g, "_");

/**
 * The legal standard as the templates print it, slot by slot, each proposition once: a slot read
 * after another printed the same proposition leaves it out (the Seventh Circuit's "four criteria"
 * opened both the standard and the controlling-question discussion). Templates read slots in
 * reading order, section by section, so the first mention is the one that prints.
 */
export class StandardDrop extends Drop {
  private readonly printed = new Set<string>();

  constructor(private readonly slots: ReadonlyMap<string, readonly SlotRef[]>) {
    super();
  }

  override liquidMethodMissing(key: unknown): string {
    const refs = this.slots.get(String(key));
    // An unknown slot is a template bug, as a missing variable is under strictVariables.
    if (!refs) throw new Error(`Unknown legal-standard slot "${String(key)}"`);
    const fresh: SlotRef[] = [];
    for (const ref of refs) {
      const key = `${ref.authorityId}#${ref.propositionId}`;
      if (this.printed.has(key)) continue;
      this.printed.add(key);
      fresh.push(ref);
    }
    return statements(fresh).join(" ");
  }
}

/**
 * The circuit's legal standard, per slot ("burden" → statement + cite), honoring the chambers'
 * choices of authority for a slot; a slot with nothing verified prints nothing.
 */
export function standardView(draft: MotionDraft, circuit: CircuitId | undefined): StandardDrop {
  const slots = new Map<string, SlotRef[]>();
  for (const slot of Object.keys(formulationFor(circuit)) as SlotId[])
    slots.set(toKey(slot), slotPropositions(draft, circuit, slot));
  return new StandardDrop(slots);
}
