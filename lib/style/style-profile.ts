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
  "doc", // (Doc. 26)  S.D. Ohio, M.D. La.
  "docket", // Docket 171  D. Alaska
  "ecf", // (ECF 35)
  "ecf-no-pageid", // (ECF No. 41, PageID.1654)  E.D. Mich.
  "doc-no-paren", // (Doc. No. 201)  M.D. Pa.
  "dkt", // Dkt. 99; Dkts. 103, 105  S.D.N.Y.
  "dkt-paren", // (Dkt. 92)  W.D. Tex.
  "dkt-hash", // (Dkt. #19)
  "di", // (D.I. 23)  D. Del.
  "de", // (D.E. 39.)  W.D. Tenn., S.D. Fla.
  "r-doc", // (R. Doc. 12)  E.D. La.
  "filing-no", // (Filing No. 10)  D. Neb.
  "docket-no", // (Docket No. 40)
  "mdl-record-no", // [MDL Record No. 1305]  E.D. Ky. (MDL)
  "record-no", // [Record No. 5]  E.D. Ky.
  "bracket-number", // [46]  N.D. Miss.
  "bracket-hash", // [#19]  S.D. Miss.
  "doc-hash", // [doc. # 58]  D. Conn.
]);
export type DocketCiteForm = z.infer<typeof DocketCiteFormSchema>;

/** The forms of title the corpus of real orders and the seeds show. */
export const TitleFormSchema = z.enum([
  "order",
  "memorandum",
  "memorandum-order",
  "memorandum-and-order",
  "memorandum-opinion",
  "memorandum-opinion-and-order",
  "opinion-and-order",
  "opinion-ampersand-order",
  "ruling-and-order",
  "order-and-reasons",
]);
export type TitleForm = z.infer<typeof TitleFormSchema>;

export const HeadingStyleSchema = z.enum(["roman-letter", "roman-caps", "arabic-caps", "caps-centered", "none"]);
export type HeadingStyle = z.infer<typeof HeadingStyleSchema>;
/** The heading styles that number their headings ("I.", "1.") and so print the full outline. */
export const isNumberedHeadingStyle = (style: HeadingStyle): boolean =>
  style === "roman-letter" || style === "roman-caps" || style === "arabic-caps";

export const StyleProfileSchema = z.object({
  /** "pleading-28": 28 numbered lines in the left margin of every page (California districts). */
  paper: z.enum(["plain", "pleading-28"]),
  font: z.string().min(1).max(80, { error: "Keep the font's name under 80 characters" }),
  fontSizePt: z
    .number({ error: "The font size is a number of points" })
    .min(8, { error: "The font size is at least 8 points" })
    .max(16, { error: "The font size is at most 16 points" }),
  /** Body line spacing. Pleading paper forces an exact 24 pt pitch. */
  lineSpacing: z.enum(["double", "one-and-half", "single"]),
  /** two-column: parties left, case number and title right (pleading paper); stacked: title below the caption. */
  captionLayout: z.enum(["two-column", "stacked"]),
  /** The caption's form: party labels, the word between the sides, dividers, number label, the judge's name. */
  caption: CaptionStyleSchema,
  /**
   * How headings are numbered: "I. Background" / "A." (roman-letter), "I. BACKGROUND" (roman-caps),
   * "1. INTRODUCTION" (arabic-caps), unnumbered centered capitals (caps-centered), or none at all.
   */
  headingStyle: HeadingStyleSchema,
  /** An "Introduction" heading over the opening paragraphs ("1. INTRODUCTION"), where the chambers heads it. */
  introductionHeading: z.boolean(),
  /** The order's title form: "Order", "Memorandum and Order", "Ruling and Order", "Opinion & Order", … */
  titleForm: TitleFormSchema,
  /**
   * What the title says after its form: the ruling and the motion ("Order Granting Defendant's
   * Motion …"), the motion alone ("… Regarding Plaintiffs' Motion …"), or nothing ("MEMORANDUM ORDER").
   */
  titleRuling: z.enum(["verb", "regarding", "none"]),
  /** The decretal language: its formula, numbered paragraphs or "IT IS FURTHER ORDERED", and "IT IS SO ORDERED." */
  decree: z.object({
    /**
     * "by-opening" follows the introduction's formula (as the seeds do); otherwise "Accordingly, …
     * is HEREBY DENIED", "the Court DENIES …", "IT IS ORDERED that …", "IT IS THEREFORE ORDERED that …".
     */
    form: z.enum(["by-opening", "accordingly", "court-verb", "it-is-ordered", "it-is-therefore-ordered"]),
    /** Several decrees as a numbered list ("IT IS ORDERED: 1. …"), or as paragraphs ("IT IS FURTHER ORDERED that …"). */
    numbered: z.boolean(),
    /** Close with "IT IS SO ORDERED."; unanswered, as the introduction's formula does (not after "THIS MATTER"). */
    soOrdered: z.boolean().optional(),
    /**
     * Name the motion by its filed title where the ruling is announced and decreed ("the Court
     * GRANTS Plaintiff's Motion to Certify Order for Interlocutory Appeal"), not "motion to certify".
     */
    motionByTitle: z.boolean().optional(),
  }),
  /**
   * How docket entries are cited: a preset pattern (`form`, lib/docket/docket-presets) with the
   * chambers' own label, wrap and pin prefix where it differs from the preset.
   */
  docketCite: z.object({
    form: DocketCiteFormSchema,
    /** Pin separator: " at " (Doc. No. 49 at 1), ", p. " (ECF No. 152, p. 3), ", " (Doc. 20, 2-6), ", at " (Dkt. 71, at 1). */
    pinSeparator: z.enum([" at ", ", p. ", ", ", ", at "]),
    /** Use "Id." for a docket cite that repeats the immediately preceding docket cite. */
    useId: z.boolean(),
    /** The chambers' own label for one entry, instead of the preset's: "ECF Doc.", "Docket Entry". */
    label: z.string().trim().max(40, { error: "Keep the label under 40 characters" }).optional(),
    /** The label for several entries: "ECF Docs." (the one-entry label when left out). */
    labelPlural: z.string().trim().max(40, { error: "Keep the label under 40 characters" }).optional(),
    /** Parentheses, brackets or neither around a reference, instead of the preset's. */
    wrap: z.enum(["paren", "bracket", "none"]).optional(),
    /** What a page pin starts with: "PageID." prints "(ECF No. 41, PageID.1654)". */
    pinPrefix: z.string().max(20, { error: "Keep what a pin starts with under 20 characters" }).optional(),
    /** Name the filing before its number where the draft gives its cite name: "(Mot. Interloc. App., Dkt. 92)". */
    namesFilings: z.boolean().optional(),
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
  introductionHeading: false,
  titleForm: "order",
  titleRuling: "verb",
  decree: { form: "by-opening", numbered: true },
  docketCite: { form: "ecf-no", pinSeparator: ", p. ", useId: false },
  titleDocketRef: "parenthetical",
  boldDispositionVerbs: false,
  italicizeLatin: true,
  introOpening: "pending-before",
  signature: { form: "s-slash", titleCase: "upper", dateLine: true },
};
