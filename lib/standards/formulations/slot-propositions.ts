import { findAuthority, knownChoices } from "@/lib/authorities";
import { decidedAfter } from "@/lib/authorities/decided-after";
import type { MotionDraft } from "@/lib/motion/schema";
import { ALTERNATIVES } from "./alternatives";
import { formulationFor } from "./formulation-for";
import type { FormulationCircuit, PropositionRef, SlotId } from "./types";

const isLaterThan = (ref: PropositionRef, date: string | undefined): boolean => {
  const authority = findAuthority(ref.authorityId);
  return date !== undefined && authority !== undefined && decidedAfter(authority, date) !== undefined;
};

/**
 * What a slot of the legal standard cites in this draft: the chambers' own choice when it made
 * one (never second-guessed: a warning flags a choice decided after the order), else the
 * circuit's formulation, with any authority decided after the order's date replaced by the
 * circuit's earlier alternative for the slot (one not flagged as-cited, which only the clerk may
 * choose). With no earlier authority to fall back on, the formulation stands and the warning says so.
 */
export function slotPropositions(
  draft: MotionDraft,
  circuit: FormulationCircuit | undefined,
  slot: SlotId,
): PropositionRef[] {
  const chosen = knownChoices(draft.analysis.slotChoices?.[slot]);
  if (chosen) return chosen;
  const defaults = formulationFor(circuit)[slot] ?? [];
  const asOf = draft.orderDate;
  const later = defaults.filter((ref) => isLaterThan(ref, asOf));
  if (later.length === 0) return defaults;
  const kept = defaults.filter((ref) => !isLaterThan(ref, asOf));
  const alternatives = (circuit ? (ALTERNATIVES[circuit][slot] ?? []) : []).filter(
    (ref) =>
      !isLaterThan(ref, asOf) &&
      findAuthority(ref.authorityId)?.verification.level !== "as-cited" &&
      !kept.some((k) => k.authorityId === ref.authorityId && k.propositionId === ref.propositionId),
  );
  const replacements = alternatives.slice(0, later.length);
  const result = [...kept, ...replacements];
  return result.length > 0 ? result : defaults;
}
