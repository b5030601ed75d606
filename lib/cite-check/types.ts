/** A stretch [start, end) of the cleaned text (see `cleanText`). */
export type Span = { start: number; end: number };

/**
 * A pin cite as written: a page or range ("541-42"), a footnote ("1067 n.6"), or a Westlaw star
 * page ("*4"). `first`/`last` are the pages it covers (a range's short end expanded: 541-42 → 542).
 */
export type WrittenPin = Span & { text: string; first: number; last: number; star: boolean; footnote?: string };

/** A reporter citation as written: volume, reporter (as spaced in the text), first page, its pins. */
export type WrittenReporterCite = Span & {
  volume: number;
  volumeSpan: Span;
  reporter: string;
  reporterSpan: Span;
  /** The first page; undefined in a short cite ("673 F.2d at 1026"). */
  page?: number;
  pageSpan?: Span;
  pins: WrittenPin[];
};

/** A Westlaw citation as written: "2008 WL 426510", with its star pins. */
export type WrittenWestlawCite = Span & { wl: string; pins: WrittenPin[] };

/** A parenthetical after a citation, with its text (without the parentheses). */
export type WrittenParenthetical = Span & { text: string };

/** The court-and-date parenthetical: "(9th Cir. 1999)", "(C.D. Cal. Dec. 27, 2004)", "(1974)". */
export type WrittenDate = Span & { court: string; year: number; month?: string; day?: number };

type Common = Span & {
  /** Index of the citation whose parenthetical holds this one ("(citing …)"). */
  nestedIn?: number;
  /** Joined to the citation before or after it by ";" (a string cite). */
  inStringCite: boolean;
  /** The introductory signal, as written ("See", "see also", "citing"). */
  signal?: string;
};

export type CaseCitation = Common & {
  kind: "case";
  form: "full" | "short";
  name?: Span & { text: string };
  docketNumber?: string;
  cite: WrittenReporterCite | WrittenWestlawCite;
  parallels: WrittenReporterCite[];
  date?: WrittenDate;
  /** Parentheticals after the date: weight ("en banc"), explanatory, "(citing …)". */
  parentheticals: WrittenParenthetical[];
  /** Subsequent history after a comma: ", superseded by statute …". */
  history?: Span & { text: string };
  /** A parenthetical opened and never closed. */
  unclosed: boolean;
};

export type IdCitation = Common & { kind: "id"; pin?: WrittenPin; parallelPins: WrittenReporterCite[] };

export type SupraCitation = Common & { kind: "supra"; name: Span & { text: string }; pin?: WrittenPin };

export type StatuteCitation = Common & {
  kind: "statute";
  form: "full" | "short";
  title?: number;
  /** "1292(b)", "1291". */
  section: string;
  /** A mention inside a sentence ("pursuant to 28 U.S.C. § 1292(b) of"), not a citation clause. */
  textual: boolean;
};

export type RuleCitation = Common & {
  kind: "rule";
  rules: "Fed. R. Civ. P." | "Fed. R. App. P." | "Fed. R. Crim. P." | "Fed. R. Evid." | "Fed. R. Bankr. P.";
  /** "59(e)", "5(a)(3)". */
  number: string;
  textual: boolean;
};

/** A citation to the record ("Doc. No. 49-1 at 2", "ECF No. 156"): only what an *Id.* may refer to. */
export type RecordCitation = Common & { kind: "record" };

export type ExtractedCitation =
  CaseCitation | IdCitation | SupraCitation | StatuteCitation | RuleCitation | RecordCitation;
