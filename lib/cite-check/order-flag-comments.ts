import type { Block, Inline, OrderDoc } from "@/lib/order-doc/types";
import { plainText } from "@/lib/authorities";
import type { ReviewComment } from "@/lib/review";
import { CITATION_CHECK_AUTHOR } from "./comment-author";

/** A flagged run: a library citation, or a citation the clerk typed (text with its own flag notes). */
type CiteInline = Extract<Inline, { kind: "cite" }> | Extract<Inline, { kind: "text" }>;

const inlinesOf = (block: Block): Inline[] => (block.kind === "list" ? block.items.flat() : block.content);

/** The flagged citations of some inlines, with the footnotes they reference (a footnote's flags go on its reference's block). */
function flaggedIn(inlines: readonly Inline[], footnotes: OrderDoc["footnotes"]): CiteInline[] {
  const flagged: CiteInline[] = [];
  let afterFlaggedText = false;
  for (const inline of inlines) {
    const isFlaggedText = inline.kind === "text" && (inline.flagNotes?.length ?? 0) > 0;
    const last = flagged.at(-1);
    // A typed citation printed in runs (its case name italic) is one citation: one comment quoting all of it.
    if (isFlaggedText && afterFlaggedText && last?.kind === "text")
      flagged[flagged.length - 1] = { ...last, text: last.text + inline.text };
    else if ((inline.kind === "cite" || inline.kind === "text") && inline.flagNotes?.length) flagged.push(inline);
    else if (inline.kind === "footnoteRef")
      flagged.push(...flaggedIn((footnotes[inline.footnoteId] ?? []).flatMap(inlinesOf), footnotes));
    afterFlaggedText = isFlaggedText;
  }
  return flagged;
}

/** The flagged run as it prints. */
const printedText = (cite: CiteInline): string =>
  (cite.kind === "cite" ? plainText(cite.printed ?? []) : cite.text).trim();

/**
 * The order's citation flags (an unverified pin, an authority verified only as cited, negative
 * history, a caution) as Word comments by the "Citation check", one on each flagged citation,
 * quoting it where it prints; the clerk's Word download carries them, an approved revision's none.
 * `date` is the comments' date (lib keeps no clock).
 */
export function orderFlagComments(doc: OrderDoc, date: Date): ReviewComment[] {
  const comments: ReviewComment[] = [];
  const seen = new Set<string>();
  doc.body.forEach((block, blockIndex) => {
    for (const cite of flaggedIn(inlinesOf(block), doc.footnotes)) {
      const quote = printedText(cite);
      const body = (cite.flagNotes ?? []).join("\n").slice(0, 5000);
      const key = `${blockIndex}|${quote}|${body}`;
      if (seen.has(key)) continue;
      seen.add(key);
      comments.push({
        id: `citation-flag-${comments.length}`,
        anchor: { section: block.section, blockIndex, ...(quote ? { quote: quote.slice(0, 1000) } : {}) },
        body,
        author: CITATION_CHECK_AUTHOR,
        initials: "CC",
        date,
      });
    }
  });
  return comments;
}

/** One flagged citation as the approve dialog lists it: the citation as printed, and its flags in words. */
export type OpenCitationFlag = { citation: string; notes: string[] };

/** The order's flagged citations, each once (a citation cited again with the same flags is listed once), in reading order. */
export function openCitationFlags(doc: OrderDoc): OpenCitationFlag[] {
  const listed = new Map<string, OpenCitationFlag>();
  for (const cite of doc.body.flatMap((block) => flaggedIn(inlinesOf(block), doc.footnotes))) {
    const citation = printedText(cite);
    const notes = cite.flagNotes ?? [];
    const key = `${cite.kind === "cite" ? cite.token.authorityId : `typed:${citation}`}|${notes.join("|")}`;
    if (!listed.has(key)) listed.set(key, { citation, notes });
  }
  return [...listed.values()];
}
