import { z } from "zod";

/**
 * What the cite-check can find. Errors are wrong by the library or by the Bluebook; notes tell the
 * clerk something to look at (an authority the library lacks is "not verified": never called
 * wrong, never called right).
 */
export const FINDING_KINDS = [
  "case-name",
  "volume",
  "reporter",
  "first-page",
  "court",
  "year",
  "date-missing",
  "pin-outside",
  "pin-unjudged",
  "pin-mismatch",
  "pin-not-verified",
  "weight-parenthetical",
  "history-without-source",
  "negative-history",
  "reporter-spacing",
  "pin-format",
  "unclosed-parenthesis",
  "short-before-full",
  "id-after-string-cite",
  "id-without-antecedent",
  "id-pin-outside",
  "quote-other-authority",
  "statement-other-authority",
  "missing-quoting",
  "as-cited-only",
  "chambers-verified",
  "caution",
  "not-verified",
] as const;
export const FindingKindSchema = z.enum(FINDING_KINDS);
export type FindingKind = z.infer<typeof FindingKindSchema>;

export const SeveritySchema = z.enum(["error", "note"]);
export type Severity = z.infer<typeof SeveritySchema>;

/**
 * One finding about one citation. `start`/`end` locate the citation in the text as given (line
 * numbers and markup included); `fix` replaces `from` (as the citation reads, spaces collapsed)
 * with `to`.
 */
export const FindingSchema = z.object({
  kind: FindingKindSchema,
  severity: SeveritySchema,
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  citation: z.string(),
  message: z.string().min(1),
  fix: z.object({ from: z.string(), to: z.string() }).optional(),
  authorityId: z.string().optional(),
});
export type Finding = z.infer<typeof FindingSchema>;

/** A citation found in the text, as the page highlights it. */
export const CheckedCitationSchema = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  text: z.string(),
  kind: z.enum(["case", "id", "supra", "statute", "rule"]),
  /** The library authority it cites, when the check could tell. */
  authorityId: z.string().optional(),
  /** The worst finding about it: what its highlight shows. */
  status: z.enum(["ok", "note", "error"]),
});
export type CheckedCitation = z.infer<typeof CheckedCitationSchema>;

export const CiteCheckResultSchema = z.object({
  citations: z.array(CheckedCitationSchema),
  findings: z.array(FindingSchema),
});
export type CiteCheckResult = z.infer<typeof CiteCheckResultSchema>;
