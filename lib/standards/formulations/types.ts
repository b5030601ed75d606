import { z } from "zod";
import { SignalSchema } from "@/lib/order-doc/signal";
import { CircuitIdSchema } from "@/lib/courts/circuits";

/**
 * A circuit's law of § 1292(b) as data: for each slot of the legal standard (and of the companion
 * requests), the ordered propositions an order states and cites. Templates iterate the slots and
 * skip an empty one (nothing verified for that circuit yet).
 */
export const SLOT_IDS = [
  // general
  "final-judgment-rule",
  "piecemeal-review",
  "narrow-construction",
  "exceptional-circumstances",
  "burden",
  "discretion",
  "discretion-to-deny",
  "three-elements",
  "purpose",
  "no-jurisdiction-without-certification",
  "timeliness",
  // elements
  "controlling-question",
  "pure-question-of-law",
  "substantial-ground",
  "mere-disagreement",
  "materially-advance",
  // companion requests
  "reconsideration-59e",
  "reconsideration-59e-grounds",
  "reconsideration-59e-no-relitigation",
  "reconsideration-54b",
  "reconsideration-60b",
  "stay-pending-appeal",
  "stay-of-proceedings",
  // a stay of proceedings pending another court or further order: the inherent power, without the § 1292(b) proviso
  "stay-inherent-power",
  "frap-5a3",
] as const;

/** One slot of a formulation, e.g. "burden" or "controlling-question". */
export const SlotIdSchema = z.enum(SLOT_IDS);
export type SlotId = z.infer<typeof SlotIdSchema>;

/** One proposition of one library authority, as a slot states it (signal only when the authority does not state it directly). */
export const PropositionRefSchema = z.object({
  authorityId: z.string().min(1),
  propositionId: z.string().min(1),
  signal: SignalSchema.optional(),
});
export type PropositionRef = z.infer<typeof PropositionRefSchema>;

/** Every slot, each an ordered (possibly empty) list of propositions. */
export const FormulationSchema = z.record(SlotIdSchema, z.array(PropositionRefSchema));
export type Formulation = z.infer<typeof FormulationSchema>;

/** Circuits a formulation is keyed by: every court of appeals. */
export const FormulationCircuitSchema = CircuitIdSchema;
export type FormulationCircuit = z.infer<typeof FormulationCircuitSchema>;

/** Per slot: other propositions a chambers may choose instead of the default. */
export const CircuitAlternativesSchema = z.partialRecord(SlotIdSchema, z.array(PropositionRefSchema));
export type CircuitAlternatives = z.infer<typeof CircuitAlternativesSchema>;

/** Per circuit, per slot: other propositions a chambers may choose instead of the default. */
export const AlternativesSchema = z.record(FormulationCircuitSchema, CircuitAlternativesSchema);
export type Alternatives = z.infer<typeof AlternativesSchema>;
