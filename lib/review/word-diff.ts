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
};

/**
 * A word-level diff of two texts (words and the spaces between them are the units).
 *
 * @example wordDiff("The Court DENIES the motion.", "The Court GRANTS the motion.")
 *   // → [same "The Court ", del "DENIES", ins "GRANTS", same " the motion."]
 */
export function wordDiff(before: string, after: string, options: WordDiffOptions = {}): RedlinePart[] {
  if (before === after) return before === "" ? [] : [{ kind: "same", text: before }];
  const parts = diffWordsWithSpace(before, after).map((change): RedlinePart => ({
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
