import { z } from "zod";

/**
 * How a chambers sets out its caption, apart from what it names (lib/order/caption.ts builds the
 * words, the renderers lay them out). Forms as district courts print them:
 * - parties "labels-below": each side's names, then its role on a line of its own ("Plaintiff,");
 *   "labels-right": the role in capitals at the right of the side's names ("PLAINTIFF"), N.D. and
 *   S.D. Miss.; "versus-rows": names only, the word between the sides on a row of its own with
 *   "CIVIL ACTION" and the number to the right, M.D. La.
 * - divider: a column of "§" between the parties and the number (W.D. Tex.), or of ")" (D.D.C.,
 *   E.D. Ky.).
 * - boxed: rules above and below the parties (D.D.C.).
 * - judge: the judge's name and title under the case number (E.D. Mich.) or under the title (S.D.N.Y.).
 */
export const CaptionStyleSchema = z.object({
  parties: z.enum(["labels-below", "labels-right", "versus-rows"]),
  /** The word between the two sides. */
  versus: z.enum(["v.", "V.", "vs.", "VERSUS"]),
  divider: z.enum(["none", "section-signs", "parentheses"]),
  boxed: z.boolean(),
  /**
   * The label before a case number, as printed: "No.", "Case No.:", "Civil Action No.",
   * "CIVIL ACTION NO.:", "NO."; empty where the number stands alone ("1:18-CV-75-RP").
   */
  numberLabel: z
    .string()
    .max(40, { error: "Keep the number's label under 40 characters" })
    .regex(/^[^\n\r]*$/, { error: "The number's label is one line" }),
  judge: z.enum(["none", "under-number", "under-title"]),
});
/** A chambers' caption form: `{ parties: "labels-right", versus: "V.", numberLabel: "CIVIL ACTION NO.:", … }`. */
export type CaptionStyle = z.infer<typeof CaptionStyleSchema>;

/** The generic federal caption: names over "Plaintiff," / "Defendant.", "v." between, "No." before the number. */
export const DEFAULT_CAPTION_STYLE: CaptionStyle = {
  parties: "labels-below",
  versus: "v.",
  divider: "none",
  boxed: false,
  numberLabel: "No.",
  judge: "none",
};
