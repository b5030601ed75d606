import { diffArrays } from "diff";

/** Two revisions of a sequence lined up: each item kept, changed (paired with its new form), deleted or inserted. */
export type Aligned<T> =
  | { status: "unchanged"; before: T; after: T }
  | { status: "changed"; before: T; after: T }
  | { status: "deleted"; before: T }
  | { status: "inserted"; after: T };

/** Below this share of common words two blocks read as a deletion and an insertion, not an edit. */
const PAIRING_THRESHOLD = 0.5;

function wordBag(text: string): Map<string, number> {
  const bag = new Map<string, number>();
  for (const word of text.toLowerCase().match(/\S+/g) ?? []) bag.set(word, (bag.get(word) ?? 0) + 1);
  return bag;
}

/** Dice similarity of two texts' words (as multisets): 1 for the same words, 0 for none in common. */
export function wordSimilarity(a: string, b: string): number {
  return bagSimilarity(wordBag(a), wordBag(b));
}

function bagSimilarity(left: Map<string, number>, right: Map<string, number>): number {
  let common = 0;
  let total = 0;
  for (const [word, n] of left) {
    common += Math.min(n, right.get(word) ?? 0);
    total += n;
  }
  for (const n of right.values()) total += n;
  return total === 0 ? 1 : (2 * common) / total;
}

/**
 * Past this many comparisons (a hunk of some 50 blocks changed on each side), a hunk's blocks pair
 * by position instead: every paragraph of an order rewritten at once cost half a second of
 * similarity tables.
 */
const MAX_PAIR_COMPARISONS = 2_500;

/** Pairs a large hunk's items by position, where they may pair and are alike; the rest deleted or inserted. */
function pairByPosition<T>(
  removed: readonly T[],
  added: readonly T[],
  textOf: (item: T) => string,
  canPair: (a: T, b: T) => boolean,
): Aligned<T>[] {
  const out: Aligned<T>[] = [];
  for (let i = 0; i < Math.max(removed.length, added.length); i++) {
    const a = removed[i];
    const b = added[i];
    if (
      a !== undefined &&
      b !== undefined &&
      canPair(a, b) &&
      wordSimilarity(textOf(a), textOf(b)) >= PAIRING_THRESHOLD
    )
      out.push({ status: "changed", before: a, after: b });
    else {
      if (a !== undefined) out.push({ status: "deleted", before: a });
      if (b !== undefined) out.push({ status: "inserted", after: b });
    }
  }
  return out;
}

/**
 * Pairs the removed and added items of one hunk in order, maximizing the total similarity of
 * the pairs (a small LCS-style table; hunks are a few blocks long; a larger one pairs by
 * position). Unpaired items are deleted or inserted, deletions first.
 */
function pairHunk<T>(
  removed: readonly T[],
  added: readonly T[],
  textOf: (item: T) => string,
  canPair: (a: T, b: T) => boolean,
): Aligned<T>[] {
  const m = removed.length;
  const n = added.length;
  if (m * n > MAX_PAIR_COMPARISONS) return pairByPosition(removed, added, textOf, canPair);
  // The similarity of each possible pair, or -1 where the two may not pair (each text's words counted once).
  const addedBags = added.map((b) => wordBag(textOf(b)));
  const scores = removed.map((a) => {
    const bag = wordBag(textOf(a));
    return added.map((b, j) => {
      if (!canPair(a, b)) return -1;
      const s = bagSimilarity(bag, addedBags[j]!);
      return s >= PAIRING_THRESHOLD ? s : -1;
    });
  });
  const score = (i: number, j: number): number => scores[i]?.[j] ?? -1;
  const best: number[][] = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(0));
  const row = (i: number): number[] => best[i] as number[];
  for (let i = m - 1; i >= 0; i--) {
    for (let j = n - 1; j >= 0; j--) {
      const s = score(i, j);
      row(i)[j] = Math.max(row(i + 1)[j] ?? 0, row(i)[j + 1] ?? 0, s >= 0 ? s + (row(i + 1)[j + 1] ?? 0) : 0);
    }
  }
  const out: Aligned<T>[] = [];
  let i = 0;
  let j = 0;
  let dels: Aligned<T>[] = [];
  let inss: Aligned<T>[] = [];
  const flush = () => {
    out.push(...dels, ...inss);
    dels = [];
    inss = [];
  };
  while (i < m && j < n) {
    const s = score(i, j);
    if (s >= 0 && row(i)[j] === s + (row(i + 1)[j + 1] ?? 0)) {
      flush();
      out.push({ status: "changed", before: removed[i] as T, after: added[j] as T });
      i++;
      j++;
    } else if (row(i)[j] === row(i + 1)[j]) dels.push({ status: "deleted", before: removed[i++] as T });
    else inss.push({ status: "inserted", after: added[j++] as T });
  }
  while (i < m) dels.push({ status: "deleted", before: removed[i++] as T });
  while (j < n) inss.push({ status: "inserted", after: added[j++] as T });
  flush();
  return out;
}

/**
 * Lines up two revisions of a sequence of blocks by their printed text: identical texts are
 * kept (longest common subsequence), and between them similar blocks are paired as changed.
 *
 * @example alignSequences(["a b", "c"], ["a b x", "c"], (t) => t) // → [changed "a b"→"a b x", unchanged "c"]
 */
export function alignSequences<T>(
  before: readonly T[],
  after: readonly T[],
  textOf: (item: T) => string,
  canPair: (a: T, b: T) => boolean = () => true,
): Aligned<T>[] {
  const changes = diffArrays(before.map(textOf), after.map(textOf));
  const out: Aligned<T>[] = [];
  let bi = 0;
  let ai = 0;
  let removed: T[] = [];
  let added: T[] = [];
  const flushHunk = () => {
    out.push(...pairHunk(removed, added, textOf, canPair));
    removed = [];
    added = [];
  };
  for (const change of changes) {
    if (change.removed) {
      removed.push(...before.slice(bi, bi + change.count));
      bi += change.count;
    } else if (change.added) {
      added.push(...after.slice(ai, ai + change.count));
      ai += change.count;
    } else {
      flushHunk();
      for (let k = 0; k < change.count; k++)
        out.push({ status: "unchanged", before: before[bi++] as T, after: after[ai++] as T });
    }
  }
  flushHunk();
  return out;
}
