import { z } from "zod";
import { IsoDateSchema } from "@/lib/dates/iso-date";
import { DocketNumberSchema } from "@/lib/docket/schema";
import { ClerkTextSchema, ItemIdSchema, LIMITS, ShortTextSchema } from "./fields";

/**
 * Further requests decided in the same order (issue 12, item 5), the order's further directions,
 * and sentences of the legal standard the clerk adds with a citation the library does not hold
 * (item 6). Every list is optional: a draft without them prints what it printed before.
 */

/** What the further request asks for; "other" when none fits (the title as filed then says it). */
export const OtherRulingKindSchema = z.enum([
  "rule-54b-judgment",
  "leave-to-amend",
  "clarification",
  "strike",
  "vacate-hearing",
  "extend-time",
  "other",
]);

export const OtherRulingDispositionSchema = z.enum([
  "granted",
  "denied",
  "denied-as-moot",
  "granted-in-part",
  "not-reached",
  "deferred",
]);

export const OtherRulingSchema = z.object({
  id: ItemIdSchema,
  kind: OtherRulingKindSchema.optional(),
  /** As filed: "Motion for Extension of Time to File Notice of Appeal". */
  titleAsFiled: ShortTextSchema.optional(),
  docketNumber: DocketNumberSchema.optional(),
  movantPartyIds: z.array(ItemIdSchema).max(LIMITS.listItems).optional(),
  disposition: OtherRulingDispositionSchema.optional(),
  /** The court's reasons, in the clerk's words. */
  reasons: ClerkTextSchema.optional(),
  /** The reasons print as a footnote to the certification's disposition (corpus order 20's n.2), not in the text. */
  reasonsInFootnote: z.boolean().optional(),
});

export const DirectionKindSchema = z.enum(["close-motions", "deadline", "caution", "other"]);

export const DirectionSchema = z.object({
  id: ItemIdSchema,
  kind: DirectionKindSchema.optional(),
  /** The motions the Clerk of Court is to terminate (close-motions). */
  docketNumbers: z.array(DocketNumberSchema).max(20).optional(),
  /** A deadline's "what" ("Defendants shall answer the amended complaint"), a caution, or another direction, as typed. */
  text: ClerkTextSchema.optional(),
  /** A deadline's date. */
  dueDate: IsoDateSchema.optional(),
});

/** A sentence of the legal standard the library does not hold, and its citation, both as typed. */
export const AddedStandardSentenceSchema = z.object({
  id: ItemIdSchema,
  text: ClerkTextSchema,
  citation: ShortTextSchema,
});

export const OtherRulingsSchema = z.array(OtherRulingSchema).max(20);
export const DirectionsSchema = z.array(DirectionSchema).max(20);
export const AddedStandardSentencesSchema = z.array(AddedStandardSentenceSchema).max(10);

export type OtherRuling = z.infer<typeof OtherRulingSchema>;
export type OtherRulingKind = z.infer<typeof OtherRulingKindSchema>;
export type OtherRulingDisposition = z.infer<typeof OtherRulingDispositionSchema>;
export type Direction = z.infer<typeof DirectionSchema>;
export type AddedStandardSentence = z.infer<typeof AddedStandardSentenceSchema>;
