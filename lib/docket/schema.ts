import { z } from "zod";
import { IsoDateSchema } from "@/lib/dates";

/**
 * What the parser reads out of a CM/ECF "Docket Report" pasted by the clerk. The parser never
 * throws: lines it cannot place are returned in `skipped` for the clerk to see.
 */

/** A docket entry number as the docket prints it: "49", "49-1" (attachment), "157". */
export const DocketNumberSchema = z
  .string()
  .regex(/^\d{1,5}(-\d{1,3})?$/, { error: "Use the docket number as printed, e.g. 49 or 49-1" });

/** One attachment listed in "(Attachments: # 1 Memorandum of Points and Authorities, # 2 Exhibit A)". */
export const DocketAttachmentSchema = z.object({
  /** The "# 1" in the docket text. */
  ordinal: z.number().int().positive(),
  /** As cited: "49-1". Empty when the entry itself has no number. */
  ref: z.union([DocketNumberSchema, z.literal("")]),
  /** As the filer described it: "Memorandum of Points and Authorities". */
  label: z.string(),
});
export type DocketAttachment = z.infer<typeof DocketAttachmentSchema>;

/** One row of the docket report. */
export const ParsedDocketEntrySchema = z.object({
  /** The "#" column: "49"; "" for an unnumbered row (a minute entry, a text-only notice). */
  number: z.union([z.string().regex(/^\d{1,5}$/), z.literal("")]),
  /** The "Date Filed" column. */
  date: IsoDateSchema,
  /** The docket text, lines joined and whitespace collapsed, as the clerk's office entered it. */
  text: z.string(),
  attachments: z.array(DocketAttachmentSchema),
  /** From "(Entered: 03/16/2018)" at the end of the text, or a "Date Entered" column. */
  enteredDate: IsoDateSchema.optional(),
  /** 1-based line of the pasted text where the row starts, to point the clerk back at it. */
  line: z.number().int().positive(),
});
export type ParsedDocketEntry = z.infer<typeof ParsedDocketEntrySchema>;

/** A pasted line that is not part of any row (the case caption, a PACER receipt, garbage). */
export const SkippedLineSchema = z.object({
  line: z.number().int().positive(),
  text: z.string(),
});
export type SkippedLine = z.infer<typeof SkippedLineSchema>;

/** The rows read from one paste, in the order pasted, and the lines left over. */
export const ParsedDocketReportSchema = z.object({
  entries: z.array(ParsedDocketEntrySchema),
  skipped: z.array(SkippedLineSchema),
});
export type ParsedDocketReport = z.infer<typeof ParsedDocketReportSchema>;
