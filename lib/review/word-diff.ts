import { diffWordsWithSpace } from "diff";
import type { RedlinePart } from "./types";

/** A kept stretch, or a changed one (what was deleted and what was inserted there). */
type Segment = { same: string } | { del: string; ins: string };

const changeLength = (segment: { del: string; ins: string }) => Math.max(segment.del.length, segment.ins.length);

/**
 * Groups a raw word diff into kept and changed stretches, then folds a short kept stretch between
 * two changes into them when it is no longer than either (a space, "and", "the"), as diff tools'
 * semantic cleanup does: "a ~~b~~ __x__ and ~~c~~ __y__" reads "a ~~b and c~~ __x and y__".
 * Both texts are kept exactly.
 */
function tidy(parts: readonly RedlinePart[], keep: RegExp | undefined): RedlinePart[] {
  const segments: Segment[] = [];
  for (const part of parts) {
    const last = segments[segments.length - 1];
    if (part.kind === "same") segments.push({ same: part.text });
    else if (last && "del" in last) last[part.kind] += part.text;
    else segments.push(part.kind === "del" ? { del: part.text, ins: "" } : { del: "", ins: part.text });
  }
  for (let i = 1; i < segments.length - 1; i++) {
    const [previous, kept, next] = [segments[i - 1], segments[i], segments[i + 1]];
    if (!previous || !kept || !next || !("same" in kept) || "same" in previous || "same" in next) continue;
    if (kept.same.length > Math.min(changeLength(previous), changeLength(next)) || keep?.test(kept.same)) continue;
    segments.splice(i - 1, 3, { del: previous.del + kept.same + next.del, ins: previous.ins + kept.same + next.ins });
    i = Math.max(0, i - 2);
  }
  return segments.flatMap((segment): RedlinePart[] =>
    "same" in segment
      ? [{ kind: "same", text: segment.same }]
      : [
          ...(segment.del ? [{ kind: "del" as const, text: segment.del }] : []),
          ...(segment.ins ? [{ kind: "ins" as const, text: segment.ins }] : []),
        ],
  );
}

/** Options of `wordDiff`. */
export type WordDiffOptions = {
  /** Kept stretches matching this are never folded into the changes around them (footnote-reference stand-ins). */
  keep?: RegExp;
  /** Word edits left for the whole redline this block belongs to (see `editBudget`). */
  budget?: EditBudget;
};

/** What is left of one redline's word edits: every block's diff spends from it. */
export type EditBudget = { remaining: number };

/**
 * The word edits one redline (every block of two orders) looks for in all: about a thousand words
 * changed. Past it, the blocks still to compare read as replaced, so an order of hundreds of
 * reshuffled paragraphs costs a few hundred of MAX_WORD_EDITS searches, not one per paragraph.
 */
export const MAX_REDLINE_EDITS = 2_000;

/** A fresh budget for one redline. */
export const editBudget = (): EditBudget => ({ remaining: MAX_REDLINE_EDITS });

/**
 * The most word edits (a word or a space inserted or deleted) a block's diff looks for. The diff's
 * work grows with the square of the edits it needs: a 20,000-character paragraph with its words
 * reshuffled took 18 s of blocked event loop. Past this many (about a hundred words changed), the
 * block reads as replaced between the words its two versions begin and end with, for a few ms.
 */
export const MAX_WORD_EDITS = 200;

/** The two texts as kept ends around a replaced middle, the ends cut at spaces so no word is split. */
function replaced(before: string, after: string): RedlinePart[] {
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before[start] === after[start]) start++;
  if (start < Math.max(before.length, after.length)) start = Math.max(0, before.lastIndexOf(" ", start - 1) + 1);
  let end = 0;
  while (end < shorter - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  if (end < shorter - start) {
    const cut = before.indexOf(" ", before.length - end);
    end = cut === -1 ? 0 : before.length - cut;
  }
  const parts: RedlinePart[] = [
    { kind: "same", text: before.slice(0, start) },
    { kind: "del", text: before.slice(start, before.length - end) },
    { kind: "ins", text: after.slice(start, after.length - end) },
    { kind: "same", text: before.slice(before.length - end) },
  ];
  return parts.filter((part) => part.text !== "");
}

/**
 * A word-level diff of two texts (words and the spaces between them are the units), bounded by
 * MAX_WORD_EDITS: a block changed past it reads as replaced between its kept ends.
 *
 * @example wordDiff("The Court DENIES the motion.", "The Court GRANTS the motion.")
 *   // → [same "The Court ", del "DENIES", ins "GRANTS", same " the motion."]
 */
export function wordDiff(before: string, after: string, options: WordDiffOptions = {}): RedlinePart[] {
  if (before === after) return before === "" ? [] : [{ kind: "same", text: before }];
  const budget = options.budget;
  const cap = Math.min(MAX_WORD_EDITS, budget?.remaining ?? MAX_WORD_EDITS);
  const changes = cap > 0 ? diffWordsWithSpace(before, after, { maxEditLength: cap }) : undefined;
  if (budget) {
    const edits = changes?.reduce((sum, change) => sum + (change.added || change.removed ? change.count : 0), 0);
    budget.remaining = Math.max(0, budget.remaining - (edits ?? cap));
  }
  if (!changes) return replaced(before, after);
  const parts = changes.map((change): RedlinePart => ({
    kind: change.added ? "ins" : change.removed ? "del" : "same",
    text: change.value,
  }));
  return tidy(parts, options.keep);
}

/** The number of words (runs of non-space characters) in a text. */
export function wordCount(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

/** The text of one side of a redline: "before" keeps deletions, "after" keeps insertions. */
export function sideText(parts: readonly RedlinePart[], side: "before" | "after"): string {
  const dropped = side === "before" ? "ins" : "del";
  return parts
    .filter((part) => part.kind !== dropped)
    .map((part) => part.text)
    .join("");
}
