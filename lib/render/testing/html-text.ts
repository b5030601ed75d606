/**
 * Text of rendered HTML markup for tests (tests only): what a reader sees, with block elements
 * separated by line breaks, footnote reference marks and back-links dropped, and the footnotes
 * returned apart, each led by its superscript number (the format of `orderPlainText`).
 */
import { superscriptNumber } from "../plain-text";
import { decodeXml } from "./read-docx";

const BLOCK_TAGS = /<\/?(?:p|div|h[1-6]|li|ol|ul|blockquote|section|header|article|br|hr)\b[^>]*>/gi;

/** The visible text of an HTML fragment: block boundaries become "\n", other tags vanish, entities are decoded. */
export function markupText(markup: string): string {
  return decodeXml(markup.replace(BLOCK_TAGS, "\n").replace(/<[^>]+>/g, ""));
}

/** The preview's text split into the order itself and its footnotes. */
export function htmlText(markup: string): { text: string; footnotesText: string } {
  const withoutMarks = markup
    .replace(/<sup class="order-footnote-ref">[\s\S]*?<\/sup>/g, "")
    .replace(/<a [^>]*class="order-footnote-back"[^>]*>[\s\S]*?<\/a>/g, "");
  const at = withoutMarks.indexOf('<section class="order-footnotes"');
  const main = at < 0 ? withoutMarks : withoutMarks.slice(0, at);
  const footnotes = at < 0 ? "" : withoutMarks.slice(at);
  const items = [...footnotes.matchAll(/<li [^>]*>([\s\S]*?)<\/li>/g)].map(
    (m, i) => `${superscriptNumber(i + 1)} ${markupText(m[1] ?? "")}`,
  );
  return { text: markupText(main), footnotesText: items.join("\n\n") };
}

/** Whitespace- and quote-insensitive text for comparisons (runs, cells and line breaks split text differently per format). */
export function normalizeText(text: string): string {
  return text
    .replace(/[\u00a0\s]+/g, " ")
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .trim();
}
