import { z } from "zod";
import { ClerkTextSchema } from "./fields";

/**
 * The shapes a certification ruling takes beyond "grant" or "deny" (issue 12, item 3): some
 * questions certified and others refused, the court's own wording of a question, untimeliness as a
 * ground of its own, two elements discussed together. Every answer is optional: a draft without
 * them prints what it printed before.
 */

/** On a partial grant: what the court does with one question. */
export const QuestionRulingSchema = z.enum(["certify", "refuse"]);

/** Why the court refuses to certify one question: an element it fails, delay, or the court's discretion. */
export const RefusalGroundSchema = z.enum([
  "controlling-question",
  "substantial-ground",
  "materially-advance",
  "untimely",
  "discretion",
]);

/** The fields one question gains: merged into QuestionSchema. */
export const QuestionVariantFields = {
  /** The court's own wording, which the order certifies in place of the movant's. */
  restatedText: ClerkTextSchema.optional(),
  /** Certified or refused, when the court rules question by question. Unanswered: the ruling on the motion decides. */
  ruling: QuestionRulingSchema.optional(),
  /** On a refused question: the ground. */
  refusedFor: RefusalGroundSchema.optional(),
  /** On a refused question: the court's reasons, in the clerk's words. */
  refusalReasoning: ClerkTextSchema.optional(),
};

/** Delay in seeking certification, decided as a ground of its own rather than inside an element. */
export const UntimelinessSchema = z.object({
  /** The court finds the movant did not seek certification within a reasonable time. */
  isUntimely: z.boolean().optional(),
  reasoning: ClerkTextSchema.optional(),
});

/** Two elements the court discusses in one section, as many courts do. */
export const ElementsTogetherSchema = z.enum([
  "controlling-and-advance",
  "controlling-and-ground",
  "ground-and-advance",
]);

/** How the § 1292(b) statement is added to an order already entered (FRAP 5(a)(3)). */
export const AmendmentFormSchema = z.enum(["amend", "vacate-and-reenter"]);

export type QuestionRuling = z.infer<typeof QuestionRulingSchema>;
export type RefusalGround = z.infer<typeof RefusalGroundSchema>;
export type ElementsTogether = z.infer<typeof ElementsTogetherSchema>;
