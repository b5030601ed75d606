import { z } from "zod";
import { PropositionRefSchema } from "@/lib/motion/schema";
import { SLOT_IDS, type SlotId } from "@/lib/standards/formulations/types";
import type { StepId } from "@/lib/standards/step-id";

/** The slots of the legal standard whose authorities each step shows (and lets the chambers choose). */
const ELEMENT_AND_COMPANION_SLOTS = {
  "controlling-question": ["controlling-question", "pure-question-of-law"],
  "substantial-ground": ["substantial-ground", "mere-disagreement"],
  "materially-advance": ["materially-advance"],
  reconsideration: [
    "reconsideration-59e",
    "reconsideration-59e-grounds",
    "reconsideration-59e-no-relitigation",
    "reconsideration-54b",
    "reconsideration-60b",
  ],
  stay: ["stay-pending-appeal", "stay-of-proceedings", "stay-inherent-power"],
} as const satisfies Partial<Record<StepId, readonly SlotId[]>>;

const TAKEN = new Set<SlotId>(Object.values(ELEMENT_AND_COMPANION_SLOTS).flat());

/** The general statement of the standard (final-judgment rule, burden, discretion …): chosen on the review step. */
export const GENERAL_SLOTS: readonly SlotId[] = SLOT_IDS.filter((slot) => !TAKEN.has(slot));

/** Every slot belongs to exactly one step. */
export const STEP_SLOTS: Partial<Record<StepId, readonly SlotId[]>> = {
  ...ELEMENT_AND_COMPANION_SLOTS,
  ruling: GENERAL_SLOTS,
};

/** The authorities a chambers chose for a slot instead of the circuit's default (absent: the default). */
export const SlotChoiceSchema = z
  .array(PropositionRefSchema)
  .max(6, { error: "Choose at most 6 authorities for one statement" });

/** `analysis.slotChoices` for some slots, as a slice of MotionDraftSchema's record. */
export function slotChoicesSlice(slots: readonly SlotId[]) {
  return z.object({
    slotChoices: z.object(
      Object.fromEntries(slots.map((slot) => [slot, SlotChoiceSchema.optional()])) as Record<
        string,
        z.ZodOptional<typeof SlotChoiceSchema>
      >,
    ),
  });
}
