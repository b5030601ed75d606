import { originalSpan, type CleanText } from "./clean-text";
import type { Finding, FindingKind, Severity } from "./findings";
import type { LibraryIndex } from "./library-index";
import type { Span } from "./types";

/** What every check reads and where it writes its findings. */
export type CheckContext = {
  original: string;
  clean: CleanText;
  index: LibraryIndex;
  findings: Finding[];
};

/** Collapses whitespace (line breaks in a citation) for messages and fixes. */
export const oneSpaced = (text: string) => text.replace(/\s+/g, " ").trim();

/** The cleaned text of a span, spaces collapsed. */
export const spanText = (ctx: CheckContext, span: Span) => oneSpaced(ctx.clean.text.slice(span.start, span.end));

/** Records one finding about the citation at `citation` (a span of the cleaned text). */
export function report(
  ctx: CheckContext,
  citation: Span,
  kind: FindingKind,
  severity: Severity,
  message: string,
  extra: { fix?: { from: string; to: string }; authorityId?: string } = {},
): void {
  const { start, end } = originalSpan(ctx.clean, citation.start, citation.end);
  ctx.findings.push({
    kind,
    severity,
    start,
    end,
    citation: ctx.original.slice(start, end),
    message,
    ...(extra.fix ? { fix: extra.fix } : {}),
    ...(extra.authorityId ? { authorityId: extra.authorityId } : {}),
  });
}
