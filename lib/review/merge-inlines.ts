import type { Inline } from "@/lib/order-doc/types";
import { inlinePlainText } from "@/lib/render/block-plain-text";
import { printedContent } from "@/lib/render/printed-content";
import { withRevision, type Revision } from "./revision-tag";
import type { RedlinePart } from "./types";
import { wordDiff, type EditBudget } from "./word-diff";

/** A leaf of inline content at its offset in the printed text. Atomic pieces are never split. */
type Piece = { start: number; text: string; inline: Inline; atomic: boolean };

/**
 * Footnote references take part in the diff as one private-use character per footnote id, so a
 * reference kept in both revisions lines up as kept text (never deleted and inserted again).
 */
const REFERENCE_CHARS = /[\uE000-\uF8FF]/;
type ReferenceChars = Map<string, string>;
const referenceChar = (chars: ReferenceChars, id: string): string => {
  const known = chars.get(id);
  if (known) return known;
  const next = String.fromCharCode(0xe000 + (chars.size % 0x1900));
  chars.set(id, next);
  return next;
};

/** Flattens inline content to printed leaves: text, line breaks ("\n"), footnote references (a stand-in character). */
function flatten(content: readonly Inline[], chars: ReferenceChars): Piece[] {
  const out: Piece[] = [];
  let at = 0;
  const push = (text: string, inline: Inline, atomic: boolean) => {
    out.push({ start: at, text, inline, atomic });
    at += text.length;
  };
  const walk = (items: readonly Inline[]) => {
    for (const inline of items) {
      if (inline.kind === "cite" || inline.kind === "docket") {
        const printed = printedContent(inline);
        // An unresolved token stays whole so the renderer still prints and highlights its placeholder.
        if (printed.placeholder) push(inlinePlainText(printed.content), inline, true);
        else walk(printed.content);
      } else if (inline.kind === "text") {
        if (inline.text !== "") push(inline.text, inline, false);
      } else push(inline.kind === "lineBreak" ? "\n" : referenceChar(chars, inline.footnoteId), inline, true);
    }
  };
  walk(content);
  return out;
}

/** Walks one revision's pieces range by range, in order. */
class Cursor {
  private index = 0;
  private position = 0;
  constructor(private readonly pieces: readonly Piece[]) {}

  /** The inlines of the next `length` characters, text runs cut at the range's edges. */
  take(length: number): Inline[] {
    const end = this.position + length;
    const out: Inline[] = [];
    while (this.index < this.pieces.length) {
      const piece = this.pieces[this.index] as Piece;
      const pieceEnd = piece.start + piece.text.length;
      if (piece.start >= end) break;
      if (piece.atomic || piece.inline.kind !== "text") {
        // Taken whole, by the range it starts in.
        if (piece.start >= this.position) out.push(piece.inline);
      } else {
        const from = Math.max(this.position, piece.start) - piece.start;
        const to = Math.min(end, pieceEnd) - piece.start;
        out.push(
          from === 0 && to === piece.text.length ? piece.inline : { ...piece.inline, text: piece.text.slice(from, to) },
        );
      }
      if (pieceEnd > end) break;
      this.index++;
    }
    this.position = end;
    return out;
  }
}

/** Marks merged inlines as a tracked change; an unresolved token becomes its placeholder text so the tag reaches the run. */
function tracked(inlines: readonly Inline[], revision: Revision, keepRef: (footnoteId: string) => boolean): Inline[] {
  return inlines.flatMap((inline): Inline[] => {
    if (inline.kind === "footnoteRef")
      return revision === "del" && !keepRef(inline.footnoteId) ? [] : [withRevision(inline, revision)];
    if (inline.kind === "cite" || inline.kind === "docket") {
      return printedContent(inline).content.map((leaf) => withRevision(leaf, revision));
    }
    return [withRevision(inline, revision)];
  });
}

/** Options of `mergeInlines`. */
export type MergeInlinesOptions = {
  /** Whether a deleted footnote reference is kept (tracked): not when the later revision refers to that footnote elsewhere. */
  keepDeletedRef?: (footnoteId: string) => boolean;
  /** The word edits left for the whole redline (see `editBudget`). */
  budget?: EditBudget;
};

/**
 * One revision-marked inline content from two: kept words come from `after` (with its italics
 * and footnote references), deleted words from `before` and inserted words from `after`, each
 * marked with `withRevision`, split at the word diff of their printed texts. Accepting every
 * insertion gives `after`'s words; rejecting them all gives `before`'s.
 */
export function mergeInlines(
  before: readonly Inline[],
  after: readonly Inline[],
  options: MergeInlinesOptions = {},
): Inline[] {
  const chars: ReferenceChars = new Map();
  const left = flatten(before, chars);
  const right = flatten(after, chars);
  const textOf = (pieces: readonly Piece[]) => pieces.map((piece) => piece.text).join("");
  const parts: RedlinePart[] = wordDiff(textOf(left), textOf(right), {
    keep: REFERENCE_CHARS,
    ...(options.budget ? { budget: options.budget } : {}),
  });
  const leftCursor = new Cursor(left);
  const rightCursor = new Cursor(right);
  const keepRef = options.keepDeletedRef ?? (() => true);
  const out: Inline[] = [];
  for (const part of parts) {
    const length = part.text.length;
    if (part.kind === "same") {
      leftCursor.take(length);
      out.push(...rightCursor.take(length));
    } else if (part.kind === "del") out.push(...tracked(leftCursor.take(length), "del", keepRef));
    else out.push(...tracked(rightCursor.take(length), "ins", keepRef));
  }
  return out;
}
