import { emphasisRuns, formatCitation, getAuthority, getProposition, knownChoices, plainText } from "@/lib/authorities";
import type { MotionDraft } from "@/lib/motion/schema";
import type { Inline } from "@/lib/order-doc/types";
import {
  ALTERNATIVES,
  ALTERNATIVES_IN_EVERY_CIRCUIT,
  formulationFor,
  type PropositionRef,
  type SlotId,
} from "@/lib/standards/formulations";
import { appellateCircuit } from "@/lib/standards/appellate-circuit";
import { evaluateReconsideration } from "@/lib/standards/companions/reconsideration";
import { slotPropositions } from "@/lib/standards/formulations/slot-propositions";
import type { StepId } from "@/lib/standards/step-id";
import { STEP_SLOTS } from "./standard-slots";

/** Reconsideration slots that apply to each rule; the others are not shown once the rule is known. */
const RULE_SLOTS: Partial<Record<string, readonly SlotId[]>> = {
  "59e": ["reconsideration-59e", "reconsideration-59e-grounds", "reconsideration-59e-no-relitigation"],
  "54b": ["reconsideration-54b"],
  "60b": ["reconsideration-60b"],
};

/** "in-re-cement-antitrust#controlling": one proposition of one authority. */
export const refKey = (ref: { authorityId: string; propositionId: string }) =>
  `${ref.authorityId}#${ref.propositionId}`;

/** One proposition as the standard states it, with its citation (signal, full form) as printed runs. */
export type StandardItem = { key: string; ref: PropositionRef; statement: Inline[]; citation: Inline[] };

/** A proposition the chambers may choose for a slot, with a one-line label. */
export type SlotCandidate = { key: string; ref: PropositionRef; label: string };

/** One slot of the standard: what it states now, whether that is the chambers' choice, what else may be chosen. */
export type StandardSlot = { slot: SlotId; items: StandardItem[]; isChosen: boolean; candidates: SlotCandidate[] };

function toItem(ref: PropositionRef): StandardItem {
  const proposition = getProposition(ref.authorityId, ref.propositionId);
  return {
    key: refKey(ref),
    ref,
    statement: emphasisRuns(proposition.statement.trim()),
    citation: formatCitation(getAuthority(ref.authorityId), proposition, "full", {
      ...(ref.signal ? { signal: ref.signal } : {}),
      capitalize: true,
    }),
  };
}

function toCandidate(ref: PropositionRef): SlotCandidate {
  const proposition = getProposition(ref.authorityId, ref.propositionId);
  const citation = plainText(formatCitation(getAuthority(ref.authorityId), proposition, "short", { capitalize: true }));
  const statement = plainText(emphasisRuns(proposition.statement.trim()));
  return {
    key: refKey(ref),
    ref,
    label: `${citation}: ${statement.length > 90 ? `${statement.slice(0, 88)}…` : statement}`,
  };
}

/**
 * The court's circuit's standard for a step, slot by slot: what each slot states now (the
 * chambers' choice, else the circuit's formulation), and the propositions it may choose instead
 * (the formulation's and the circuit's alternatives). Reconsideration shows the rule's slots only.
 */
export function stepStandard(stepId: StepId, draft: MotionDraft): StandardSlot[] {
  const circuit = appellateCircuit(draft);
  const formulation = formulationFor(circuit);
  const alternatives = circuit ? ALTERNATIVES[circuit] : {};
  const choices = draft.analysis.slotChoices ?? {};
  // The rule the order applies (Rule 59(e) kept for an interlocutory order is applied as Rule 54(b)).
  const rule = evaluateReconsideration({
    ...draft,
    reconsideration: { ...draft.reconsideration, requested: true },
  }).ruleApplied;
  const ruleSlots = stepId === "reconsideration" && rule ? RULE_SLOTS[rule] : undefined;
  return (STEP_SLOTS[stepId] ?? [])
    .filter((slot) => !ruleSlots || ruleSlots.includes(slot))
    .map((slot) => {
      const chosen = knownChoices(choices[slot]);
      const pool = [
        ...(formulation[slot] ?? []),
        ...(alternatives[slot] ?? []),
        ...(ALTERNATIVES_IN_EVERY_CIRCUIT[slot] ?? []),
        ...(chosen ?? []),
      ];
      const candidates = pool.filter(
        (ref, index) => pool.findIndex((other) => refKey(other) === refKey(ref)) === index,
      );
      return {
        slot,
        // What the order prints: the choice, else the formulation with any authority later than the order replaced.
        items: slotPropositions(draft, circuit, slot).map(toItem),
        isChosen: chosen !== undefined,
        candidates: candidates.map(toCandidate),
      };
    })
    .filter((entry) => entry.candidates.length > 0);
}
