import { z } from "zod";
import { CaptionStyleSchema, DEFAULT_CAPTION_STYLE } from "./caption-style";

/**
 * How a chambers' orders look, apart from what they say: paper, font, caption layout, heading
 * numbering, docket-cite form, signature block. Defaults come from the district (lib/courts);
 * a chambers may override any field.
 */
export const DocketCiteFormSchema = z.enum([
  "ecf-no", // (ECF No. 156.)  E.D. Cal. and most courts
  "doc-no", // Doc. No. 49-1 at 2-3.  S.D. Cal. (Anello, J.)
  "docket-no-bracket", // [docket no. 59]  D.N.M.
  "dkt-no", // Dkt. No. 51  W.D. Wash.
  "doc", // (Doc. 26)  S.D. Ohio
  "docket", // Docket 171  D. Alaska
]);
export type DocketCiteForm = z.infer<typeof DocketCiteFormSchema>;

export const StyleProfileSchema = z.object({
  /** "pleading-28": 28 numbered lines in the left margin of every page (California districts). */
  paper: z.enum(["plain", "pleading-28"]),
  font: z.string().min(1).max(80),
  fontSizePt: z.number().min(8).max(16),
  /** Body line spacing. Pleading paper forces an exact 24 pt pitch. */
  lineSpacing: z.enum(["double", "one-and-half", "single"]),
  /** two-column: parties left, case number and title right (pleading paper); stacked: title below the caption. */
  captionLayout: z.enum(["two-column", "stacked"]),
  /** The caption's form: party labels, the word between the sides, dividers, number label, the judge's name. */
  caption: CaptionStyleSchema,
  /** How headings are numbered: "I." / "A." (roman-letter), none with all caps, or none at all. */
  headingStyle: z.enum(["roman-letter", "caps-centered", "none"]),
  docketCite: z.object({
    form: DocketCiteFormSchema,
    /** Pin separator: " at " (Doc. No. 49 at 1) or ", p. " (ECF No. 152, p. 3). */
    pinSeparator: z.enum([" at ", ", p. ", ", "]),
    /** Use "Id." for a docket cite that repeats the immediately preceding docket cite. */
    useId: z.boolean(),
  }),
  /** Where the motion's docket number goes with the title: none, "(ECF No. 173)" after it, or "[Doc. No. 49]" on its own line. */
  titleDocketRef: z.enum(["none", "parenthetical", "bracket-line"]),
  /** "DENIES" in bold caps in the decretal language (S.D. Cal.), or plain caps. */
  boldDispositionVerbs: z.boolean(),
  /** Italicize Latin terms of art (pro se, ex parte, sua sponte). */
  italicizeLatin: z.boolean(),
  /** Opening formula of the introduction, picked by template. */
  introOpening: z.enum(["this-matter", "presently-before", "pending-before"]),
  signature: z.object({
    /** "s-slash": "/s/ Name"; "hon": "Hon. Name"; "caps-name": "NAME" over a signature line. */
    form: z.enum(["s-slash", "hon", "caps-name"]),
    titleCase: z.enum(["upper", "title"]),
    /** Print "Dated: <date>" above the signature. */
    dateLine: z.boolean(),
  }),
});
export type StyleProfile = z.infer<typeof StyleProfileSchema>;

/** A neutral federal style (most districts): plain paper, ECF No., roman-letter headings. */
export const DEFAULT_STYLE: StyleProfile = {
  paper: "plain",
  font: "Times New Roman",
  fontSizePt: 12,
  lineSpacing: "double",
  captionLayout: "stacked",
  caption: DEFAULT_CAPTION_STYLE,
  headingStyle: "roman-letter",
  docketCite: { form: "ecf-no", pinSeparator: ", p. ", useId: false },
  titleDocketRef: "parenthetical",
  boldDispositionVerbs: false,
  italicizeLatin: true,
  introOpening: "pending-before",
  signature: { form: "s-slash", titleCase: "upper", dateLine: true },
};
