import type { Inline } from "@/lib/order-doc/types";
import { inlinePlainText } from "@/lib/render/block-plain-text";
import { printedContent } from "@/lib/render/printed-content";
import { addCommentMark, commentMarksOf, withCommentMarks } from "./comment-tag";

/** Where a quoted passage sits in inline content's printed text. */
export type TextRange = { start: number; end: number };

/** Finds a quote in printed text: exactly, else ignoring case (when that keeps offsets). */
export function findQuote(text: string, quote: string): TextRange | undefined {
  let at = text.indexOf(quote);
  if (at < 0 && text.toLowerCase().length === text.length) at = text.toLowerCase().indexOf(quote.toLowerCase());
  return at < 0 ? undefined : { start: at, end: at + quote.length };
}

/** A text inline cut to [from, to); the cut pieces keep only the comment marks at their own edges. */
function slice(inline: Extract<Inline, { kind: "text" }>, from: number, to: number): Inline {
  const marks = commentMarksOf(inline);
  return withCommentMarks(
    { ...inline, text: inline.text.slice(from, to) },
    { starts: from === 0 ? marks.starts : [], ends: to === inline.text.length ? marks.ends : [] },
  );
}

/**
 * Marks comment `id`'s range on the printed text [start, end) of inline content: text inlines
 * are split at the range's edges and the first and last pieces inside carry the marks (cites'
 * printed runs included). `undefined` when an edge falls where no run can carry a mark (inside
 * an unresolved citation's placeholder), so the caller anchors the whole paragraph instead.
 */
export function markQuote(content: readonly Inline[], range: TextRange, id: number): Inline[] | undefined {
  let at = 0;
  let placedStart = false;
  let placedEnd = false;
  const walk = (items: readonly Inline[]): Inline[] | undefined => {
    const out: Inline[] = [];
    for (const inline of items) {
      if ((inline.kind === "cite" || inline.kind === "docket") && !printedContent(inline).placeholder) {
        const printed = walk(printedContent(inline).content);
        if (!printed) return undefined;
        out.push({ ...inline, printed });
        continue;
      }
      const text = inline.kind === "text" ? inline.text : inlinePlainText([inline]);
      const from = at;
      const to = at + text.length;
      at = to;
      const startsHere = !placedStart && range.start >= from && range.start < to;
      const endsHere = !placedEnd && range.end > from && range.end <= to;
      if (!startsHere && !endsHere) {
        out.push(inline);
        continue;
      }
      if (inline.kind === "text") {
        const cuts = [
          ...new Set([0, startsHere ? range.start - from : 0, endsHere ? range.end - from : text.length, text.length]),
        ].sort((a, b) => a - b);
        for (let i = 0; i < cuts.length - 1; i++) {
          let piece = slice(inline, cuts[i] ?? 0, cuts[i + 1] ?? 0);
          if (startsHere && cuts[i] === range.start - from) piece = addCommentMark(piece, id, "start");
          if (endsHere && cuts[i + 1] === range.end - from) piece = addCommentMark(piece, id, "end");
          out.push(piece);
        }
      } else {
        // A whole line break can carry a mark; a placeholder's text cannot be split.
        if ((startsHere && range.start !== from) || (endsHere && range.end !== to) || inline.kind !== "lineBreak")
          return undefined;
        let piece: Inline = inline;
        if (startsHere) piece = addCommentMark(piece, id, "start");
        if (endsHere) piece = addCommentMark(piece, id, "end");
        out.push(piece);
      }
      placedStart ||= startsHere;
      placedEnd ||= endsHere;
    }
    return out;
  };
  const marked = walk(content);
  return marked && placedStart && placedEnd ? marked : undefined;
}
