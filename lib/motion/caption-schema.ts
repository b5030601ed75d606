import { z } from "zod";
import { ItemIdSchema, LIMITS, ShortTextSchema } from "./fields";

/**
 * What the caption names: one action (the parties v. parties of the case), a lead case with the
 * cases consolidated with it, or a litigation "In re …" (a multidistrict litigation or cases
 * consolidated under one name) with its member cases.
 */
export const CaptionActionsSchema = z.enum(["one", "consolidated", "in-re"]);

/**
 * A further action the caption names, each with its number: a member case of an MDL or a case
 * consolidated with the lead case. The id lets other answers (a motion filed in one case, an order
 * entered in another) point at it.
 */
export const CaptionCaseSchema = z.object({
  id: ItemIdSchema,
  /** As the caption prints it: "Esposito v. Xanodyne Pharm., Inc., et al.". */
  name: ShortTextSchema.optional(),
  /** The number without its label: "2:11-175-DCR" (the label is the chambers' number label). */
  number: ShortTextSchema.optional(),
});

/** A further number printed under the case number: "MDL Docket No. 2226". */
export const CaptionNumberSchema = z.object({
  id: ItemIdSchema,
  /** "MDL Docket No.", "MDL No.", "Master File No." */
  label: ShortTextSchema.optional(),
  number: ShortTextSchema.optional(),
});

/**
 * The caption's own facts beyond the parties and the case number (which stay in `case`): the
 * actions it names, the numbers it prints, the cases the order relates to and the division.
 * Unanswered, the caption names one action in the district's form. How the caption is laid out
 * (labels, "VERSUS", "§", boxes, the judge's name) is the style profile's `caption`, not this.
 */
export const CaseCaptionSchema = z.object({
  actions: CaptionActionsSchema.optional(),
  /** The litigation's name: "Darvocet, Darvon and Propoxyphene Products Liability Litigation" (printed "IN RE: …"). */
  inReName: ShortTextSchema.optional(),
  /** The lead or master number's own label when it is not the chambers' usual one: "Master File No.". */
  numberLabel: ShortTextSchema.optional(),
  moreNumbers: z.array(CaptionNumberSchema).max(6).optional(),
  cases: z.array(CaptionCaseSchema).max(LIMITS.listItems).optional(),
  /** "This Document Relates To:" all cases, all actions, or the cases listed; unanswered, not printed. */
  relatesTo: z.enum(["all-cases", "all-actions", "listed-cases"]).optional(),
  /** The division, as the caption prints it under the court's name: "Northern Division", "Austin Division". */
  division: ShortTextSchema.optional(),
});

export type CaptionActions = z.infer<typeof CaptionActionsSchema>;
export type CaptionCase = z.infer<typeof CaptionCaseSchema>;
export type CaptionNumber = z.infer<typeof CaptionNumberSchema>;
export type CaseCaption = z.infer<typeof CaseCaptionSchema>;
