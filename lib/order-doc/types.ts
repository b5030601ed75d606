import type { Signal } from "./signal";

/**
 * OrderDoc: the document model every renderer reads. Built by `compose()` from templates,
 * then `resolveCitations()` fills in each cite token's printed form in reading order.
 * Renderers (DOCX, HTML) only lay it out; they never choose words.
 */

/** Character-level emphasis. Case names and signals are italic; "DENIES" in some chambers is bold. */
export type Mark = "italic" | "bold" | "underline";

export type { Signal };

/** A reference to one proposition of one authority in the library; the pin and quotation come from the data. */
export type CiteToken = {
  authorityId: string;
  /** Proposition id within the authority; omitted for a cite to the authority as a whole (no pin). */
  propositionId?: string;
  signal?: Signal;
  /** True when the sentence starts with the cite (the signal is capitalized: "See"). */
  startsSentence?: boolean;
  /**
   * A mention in running text ("a motion under 28 U.S.C. § 1292(b)"), not a citation clause: full
   * the first time, short after, never *Id.*, and it leaves the *Id.* chain as it was.
   */
  textual?: boolean;
};

/** How a cite token was printed after resolution. */
export type CiteForm = "full" | "short" | "id";

/** A reference to a docket entry, e.g. "Doc. No. 49-1 at 2-3". Formatted by the docket formatter per style. */
export type DocketRefToken = {
  /** Entry numbers as printed on the docket: "49", "49-1", or a range "692–696". Several make "Doc. Nos. 44, 46". */
  entries: string[];
  /** Page pin within the entry, e.g. "2-3". */
  pin?: string;
  /** Citation sentence (stands after a sentence, carries its own terminal punctuation) or a clause inside a sentence. */
  position: "sentence" | "clause";
  /** "See" (or another signal) printed inside the reference's own parentheses: "(*See* ECF No. 19, p. 2.)". */
  signal?: Signal;
  /** The filing's cite name, for chambers that cite by name: "Mot. Interloc. App." → "(Mot. Interloc. App., Dkt. 92)". */
  name?: string;
  /** Further references cited with this one, each with its own pin: "(ECF No. 54, p. 2; ECF No. 58, p. 3.)". */
  also?: DocketRefGroup[];
};

/** One of several references cited together: its entries, pin and cite name. */
export type DocketRefGroup = { entries: string[]; pin?: string; name?: string };

export type Inline =
  | {
      kind: "text";
      text: string;
      marks?: Mark[];
      /** A citation the clerk typed that the library does not hold (a sentence added to the legal standard): its flag in words. */
      flagNotes?: string[];
    }
  | {
      kind: "cite";
      token: CiteToken;
      /** Filled by resolveCitations: the printed runs (case names italic). Renderers print these. */
      printed?: Inline[];
      form?: CiteForm;
      /** Set by resolveCitations from the authority's verification record, for reviewer flags. */
      flags?: CiteFlag[];
      /** The flags in words, one each (set with `flags`): the preview's note and the Word comment's text. */
      flagNotes?: string[];
    }
  | { kind: "docket"; token: DocketRefToken; printed?: Inline[]; form?: "full" | "id" }
  | { kind: "footnoteRef"; footnoteId: string }
  | { kind: "lineBreak" };

/** Why a printed cite deserves a reviewer's eye (shown in the preview and as Word review comments). */
export type CiteFlag =
  | { code: "pin-not-verified"; authorityId: string; propositionId?: string }
  | { code: "as-cited-only"; authorityId: string }
  /** One of the chambers' own authorities: who verified it, when and where. */
  | { code: "chambers-verified"; authorityId: string; verifiedBy: string; verifiedOn: string; source: string }
  | { code: "negative-history"; authorityId: string; history: string }
  | { code: "caution"; authorityId: string; caution: string };

/** Which part of the order a block belongs to: lets the review pane comment on a section. */
export type SectionId =
  | "introduction"
  | "background"
  | "legal-standard"
  | "discussion"
  | "reconsideration"
  | "stay"
  | "amendment"
  | "conclusion";

export type Block =
  | { kind: "heading"; level: 1 | 2 | 3; content: Inline[]; section: SectionId }
  | {
      kind: "paragraph";
      content: Inline[];
      section: SectionId;
      /** First-line indent (body prose) or flush (decretal "IT IS SO ORDERED."). */
      indent?: boolean;
      align?: "left" | "center" | "justify";
      /** Keeps the closing lines with the signature. */
      keepWithNext?: boolean;
    }
  | { kind: "blockQuote"; content: Inline[]; section: SectionId }
  | { kind: "list"; ordered: boolean; items: Inline[][]; section: SectionId };

/** One party line group of the caption: names as printed (upper case), then the role label. */
export type CaptionSide = { names: string[]; label: string };

/**
 * How the caption's parties block is set out (the chambers' caption form, lib/style/caption-style):
 * role labels under the names ("Plaintiff,"), at their right ("PLAINTIFF"), or none with the word
 * between the sides on a row of its own ("VERSUS"); a divider down between the parties and the
 * number ("§", ")"); rules above and below (the D.D.C. box).
 */
export type CaptionForm = {
  parties: "labels-below" | "labels-right" | "versus-rows";
  /** The divider printed on every row between the parties and the number: "§" or ")". */
  divider?: string;
  boxed: boolean;
};

/** A further action named in the caption, with its number line: "Esposito v. Xanodyne Pharm., Inc., et al.," / "Civil Action No. 2:11-175-DCR". */
export type CaptionCase = { name: string; numberLine: string };

export type Caption = {
  /** Court name lines as printed, e.g. ["UNITED STATES DISTRICT COURT", "SOUTHERN DISTRICT OF CALIFORNIA"]. */
  courtLines: string[];
  form: CaptionForm;
  /** "IN RE: DARVOCET, … LITIGATION": the caption names a litigation instead of the two sides. */
  inRe?: string;
  plaintiffs: CaptionSide;
  defendants: CaptionSide;
  /** The word between the sides: "v.", "V.", "VERSUS". */
  versus: string;
  /** A line above the number (Louisiana: "CIVIL ACTION"). */
  caseKindLine?: string;
  /** e.g. "Case No.: 17cv218-MMA (BLM)" or "No. Civ. 09-275 RHS/LFG"; an MDL's "Master File No. …". */
  caseNumberLine: string;
  /** Further numbers under the case number: "MDL Docket No. 2226". */
  moreNumberLines: string[];
  /** The judge's name and title printed under the number (E.D. Mich.): ["Paul D. Borman", "United States District Judge"]. */
  judgeLines: string[];
  /** What stands before the listed cases ("Consolidated with:", "THIS DOCUMENT RELATES TO:") or alone ("THIS DOCUMENT RELATES TO: ALL CASES"). */
  casesIntro?: string;
  /** Member or consolidated cases, each with its number line, after the parties or the In re name. */
  cases: CaptionCase[];
  /** The judge's line printed under the title (S.D.N.Y.): "PAUL A. ENGELMAYER, United States District Judge:". */
  judgeUnderTitle?: string;
};

export type SignatureBlock = {
  /** "Dated: April 5, 2018" or empty when the chambers dates orders elsewhere. */
  dateLine?: string;
  /** Printed signer line, e.g. "/s/ Lawrence J. O'Neill", "Hon. Michael M. Anello", "ROBERT HAYES SCOTT". */
  signerLine: string;
  /** e.g. "UNITED STATES DISTRICT JUDGE" or "United States District Judge". */
  titleLine: string;
};

export type OrderDoc = {
  caption: Caption;
  /** The title, one string per printed line group (renderers upper-case and wrap as the style says). */
  title: string;
  /** Docket reference printed under or after the title, e.g. "[Doc. No. 49]" or "(ECF No. 173)". */
  titleDocketRef?: Inline[];
  body: Block[];
  /** Footnote bodies keyed by id; numbered by the renderer in order of first reference. */
  footnotes: Record<string, Block[]>;
  signature: SignatureBlock;
  /** Short plain-text description for file names and document properties. */
  meta: { shortCaption: string; caseNumber: string; orderDate?: string; courtName: string };
};
