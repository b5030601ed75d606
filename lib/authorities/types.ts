import { z } from "zod";
import { IsoDateSchema } from "@/lib/dates";

/**
 * The authority library's data shapes. Every authority records how far it was verified and
 * where (legal/README.md); every proposition records whether its pin (and quotation) was seen.
 */

/** A stable kebab-case id: "in-re-cement-antitrust", "28-usc-1292-b", "consent-of-both-courts". */
export const KebabIdSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "Use a kebab-case id" });

/**
 * How far an authority was verified (legal/README.md): `cite-and-pin` (citation and at least one
 * pin seen in a named source), `cite` (citation seen, pins not), `as-cited` (only a real order cites
 * it this way; cited only when the clerk chooses it, and flagged), `chambers` (added by a chambers'
 * clerk, who recorded where and when they verified it: never part of the built-in library).
 */
export const VerificationLevelSchema = z.enum(["cite-and-pin", "cite", "as-cited", "chambers"]);
export type VerificationLevel = z.infer<typeof VerificationLevelSchema>;

/**
 * Where and when an authority was verified. `source` is a URL someone saw, "official reporter", or
 * (for an `as-cited` authority only) "seed NNN": the real order in shared/seeds that cites it so.
 */
export const VerificationSchema = z.object({
  level: VerificationLevelSchema,
  source: z.union([z.url(), z.literal("official reporter"), z.string().regex(/^seed \d{3}$/)]),
  checked: IsoDateSchema,
  note: z.string().min(1).optional(),
});
export type Verification = z.infer<typeof VerificationSchema>;

/**
 * A pin cite: a page ("1026"), a range ("1025-26"), a footnote ("206 n.1", "1067 n.6") or a
 * Westlaw star page ("*3").
 */
export const PinSchema = z
  .string()
  .regex(/^\*?\d+(-\*?\d+)?( n\.\d+)?$/, { error: "Use a pin like 1026, 1025-26, 206 n.1 or *3" });

/** A reference to another authority (and optionally one of its propositions), e.g. for "(quoting …)". */
export const AuthorityRefSchema = z.object({ authorityId: KebabIdSchema, propositionId: KebabIdSchema.optional() });
export type AuthorityRef = z.infer<typeof AuthorityRefSchema>;

/**
 * One thing an authority stands for, at one pin. `statement` is how an order states it (Markdown,
 * "*italic*" allowed); when it quotes, `quote` (and any `extraQuotes`) appear in it verbatim inside
 * double quotation marks. `pinVerified` says whether the pin and the words were seen in `pinSource`.
 */
export const PropositionSchema = z.object({
  id: KebabIdSchema,
  pin: PinSchema.optional(),
  /** Pin in the first parallel reporter, e.g. the S. Ct. page "1981". */
  parallelPin: PinSchema.optional(),
  /** Exact words, only when seen in a source. */
  quote: z.string().min(1).optional(),
  /** Further quoted passages of the same statement (seed 001's *Adam Bros.* sentence quotes twice). */
  extraQuotes: z.array(z.string().min(1)).optional(),
  statement: z.string().min(1),
  /** Explanatory parenthetical printed after the cite, e.g. "noting that …". */
  parenthetical: z.string().min(1).optional(),
  quoting: AuthorityRefSchema.optional(),
  /** A quoted source outside the library (a treatise), printed as given: "(quoting 12 James Wm. Moore …)". */
  quotingText: z.string().min(1).optional(),
  citing: AuthorityRefSchema.optional(),
  /** Prints "(citation omitted)". */
  citationOmitted: z.boolean().optional(),
  pinVerified: z.boolean(),
  pinSource: z.url().optional(),
  /** Why a pin is open, conflicts between sources, wording differences. */
  note: z.string().min(1).optional(),
});
export type Proposition = z.infer<typeof PropositionSchema>;

/** Courts whose law binds: the circuits by Bluebook-style id, and the Supreme Court. */
export const BindingCourtSchema = z.enum([
  "1st",
  "2d",
  "3d",
  "4th",
  "5th",
  "6th",
  "7th",
  "8th",
  "9th",
  "10th",
  "11th",
  "dc",
  "fed",
  "scotus",
]);
export type BindingCourt = z.infer<typeof BindingCourtSchema>;

/** Reporters the library uses (Bluebook T1 abbreviations). */
export const ReporterSchema = z.enum([
  "U.S.",
  "S. Ct.",
  "L. Ed. 2d",
  "F.2d",
  "F.3d",
  "F.4th",
  "F. Supp.",
  "F. Supp. 2d",
  "F. Supp. 3d",
]);

/** A reporter citation: volume, reporter, first page (and last page only when known). */
export const ReporterCiteSchema = z.object({
  volume: z.number().int().positive(),
  reporter: ReporterSchema,
  firstPage: z.number().int().positive(),
  lastPage: z.number().int().positive().optional(),
  /** Where the last page was seen (a URL); required with `lastPage` for a case in the library. */
  lastPageSource: z.url().optional(),
});
export type ReporterCite = z.infer<typeof ReporterCiteSchema>;

/** A Westlaw citation for an unreported decision (Bluebook R18.3.1): docket number, WL number, exact date. */
export const WestlawCiteSchema = z.object({
  wl: z.string().regex(/^\d{4} WL \d+$/, { error: "Use a WL cite like 2004 WL 3030121" }),
  docketNumber: z.string().min(1),
  date: IsoDateSchema,
});
export type WestlawCite = z.infer<typeof WestlawCiteSchema>;

/** Subsequent history, printed after the full cite. Italic parts are marked "*…*". */
export const SubsequentHistorySchema = z.object({
  text: z.string().min(1),
  /** True when the history takes away the case's force (vacated, reversed, superseded). */
  negative: z.boolean(),
  /** False when the history itself was not confirmed in a source. */
  verified: z.boolean(),
});
export type SubsequentHistory = z.infer<typeof SubsequentHistorySchema>;

const authorityBase = {
  id: KebabIdSchema,
  verification: VerificationSchema,
  propositions: z.array(PropositionSchema),
  /** Warnings for the clerk, e.g. "a § 1292(a)(1) case: cite it for the final-judgment rule only". */
  cautions: z.array(z.string().min(1)).optional(),
};

/** A judicial decision. `name` is the Bluebook-abbreviated name as cited (T6/T10); `shortName` is used in short cites. */
export const CaseAuthoritySchema = z.object({
  kind: z.literal("case"),
  ...authorityBase,
  name: z.string().min(1),
  shortName: z.string().min(1),
  cite: z.union([ReporterCiteSchema, WestlawCiteSchema]),
  parallelCites: z.array(ReporterCiteSchema).optional(),
  /** Bluebook court abbreviation, "" for the Supreme Court. */
  court: z.string(),
  year: z.number().int().min(1789).max(2100),
  /** The exact date of decision, when seen in a source (an order may not cite a case decided after it). */
  decided: IsoDateSchema.optional(),
  /** Where `decided` was seen (a URL). */
  decidedSource: z.url().optional(),
  /** "en banc", "per curiam": printed as "(en banc) (per curiam)" after the date parenthetical. */
  courtParentheticals: z.array(z.string().min(1)).optional(),
  subsequentHistory: z.array(SubsequentHistorySchema).optional(),
  circuit: BindingCourtSchema,
  isDistrictCourt: z.boolean(),
});
export type CaseAuthority = z.infer<typeof CaseAuthoritySchema>;

/** A section of the United States Code, e.g. 28 U.S.C. § 1292(b) (short form "§ 1292(b)"). */
export const StatuteAuthoritySchema = z.object({
  kind: z.literal("statute"),
  ...authorityBase,
  title: z.number().int().positive(),
  code: z.literal("U.S.C."),
  section: z.string().min(1),
});
export type StatuteAuthority = z.infer<typeof StatuteAuthoritySchema>;

/** A federal rule, e.g. Fed. R. Civ. P. 59(e), Fed. R. App. P. 5(a)(3). */
export const RuleAuthoritySchema = z.object({
  kind: z.literal("rule"),
  ...authorityBase,
  rules: z.enum(["Fed. R. Civ. P.", "Fed. R. App. P."]),
  number: z.string().min(1),
});
export type RuleAuthority = z.infer<typeof RuleAuthoritySchema>;

/** Any authority in the library. */
export const AuthoritySchema = z.discriminatedUnion("kind", [
  CaseAuthoritySchema,
  StatuteAuthoritySchema,
  RuleAuthoritySchema,
]);
export type Authority = z.infer<typeof AuthoritySchema>;

/** True when a case cite is a Westlaw cite. */
export function isWestlawCite(cite: ReporterCite | WestlawCite): cite is WestlawCite {
  return "wl" in cite;
}
