import type { PhrasingContent } from "mdast";
import { classify } from "./character-class";

/** A run of `*` as the inline scan found it; `length` shrinks as emphasis uses it up. */
export type Delimiter = { kind: "delimiter"; length: number; canOpen: boolean; canClose: boolean };
export type Piece = PhrasingContent | Delimiter;

const isDelimiter = (piece: Piece | undefined): piece is Delimiter =>
  piece !== undefined && "kind" in piece && piece.kind === "delimiter";

/**
 * A `*` run between the characters `before` and `after` (undefined at the text's ends).
 * micromark's rule for `*`: it can open when followed by "other", or by punctuation with
 * whitespace or punctuation before; it can close symmetrically.
 */
export function delimiterRun(length: number, before: string | undefined, after: string | undefined): Delimiter {
  const b = classify(before);
  const a = classify(after);
  return {
    kind: "delimiter",
    length,
    canOpen: a === "other" || (a === "punctuation" && b !== "other"),
    canClose: b === "other" || (b === "punctuation" && a !== "other"),
  };
}

function content(pieces: Piece[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const piece of pieces) {
    if (!isDelimiter(piece)) out.push(piece);
    else if (piece.length > 0) out.push({ type: "text", value: "*".repeat(piece.length) });
  }
  return out;
}

/**
 * Pairs `*` runs into emphasis and strong emphasis as micromark's attention resolver does:
 * closers left to right, each with the nearest opener before it; the "multiple of 3" rule on
 * the runs' current lengths; two characters used when both runs have two, else one. Runs left
 * unpaired are literal asterisks.
 */
export function resolveEmphasis(pieces: Piece[]): PhrasingContent[] {
  const list = [...pieces];
  for (let c = 0; c < list.length; c++) {
    const closer = list[c];
    if (!isDelimiter(closer) || !closer.canClose || closer.length === 0) continue;
    let o = c - 1;
    for (; o >= 0; o--) {
      const opener = list[o];
      if (!isDelimiter(opener) || !opener.canOpen || opener.length === 0) continue;
      const eitherBoth = opener.canClose || closer.canOpen;
      if (eitherBoth && closer.length % 3 !== 0 && (opener.length + closer.length) % 3 === 0) continue;
      break;
    }
    if (o < 0) continue;
    const opener = list[o] as Delimiter;
    const use = opener.length > 1 && closer.length > 1 ? 2 : 1;
    opener.length -= use;
    closer.length -= use;
    const children = content(list.slice(o + 1, c));
    list.splice(o + 1, c - o - 1, use === 2 ? { type: "strong", children } : { type: "emphasis", children });
    // The closer is now at o + 2: look at it again, in case it has characters left.
    c = o + 1;
  }
  return content(list);
}
