/**
 * Word-level comparisons for attributing quotations and statements: quotations by their longest
 * run of shared words, statements by the overlap of their content words.
 */

/** A quotation's words: lower case, brackets and punctuation dropped ("[T]his" → "this"). */
export function quoteWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[\[\]]/g, "")
    .split(/[^a-z0-9']+/)
    .map((word) => word.replace(/^'+|'+$/g, ""))
    .filter((word) => word !== "");
}

const STOP_WORDS = new Set(
  "a an the of to and or in on for by is are be was were that this it its as at with from under not but".split(" "),
);

/** A statement's content words. */
export function contentWords(text: string): Set<string> {
  return new Set(quoteWords(text).filter((word) => !STOP_WORDS.has(word)));
}

/** Dice coefficient of two word sets: 1 for the same words, 0 for none shared. */
export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** The length of the longest run of words the two sequences share. */
export function longestSharedRun(a: readonly string[], b: readonly string[]): number {
  let best = 0;
  let previous = new Uint16Array(b.length + 1);
  let current = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const run = a[i - 1] === b[j - 1] ? previous[j - 1]! + 1 : 0;
      current[j] = run;
      if (run > best) best = run;
    }
    [previous, current] = [current, previous];
  }
  return best;
}

/** Similarity of two names, 0..1, by edit distance over their characters. */
export function nameSimilarity(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y) return 1;
  const longest = Math.max(x.length, y.length);
  if (longest === 0) return 1;
  // The distance is at least the difference in length: skip what cannot be close.
  if (Math.abs(x.length - y.length) / longest > 0.5) return 1 - Math.abs(x.length - y.length) / longest;
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return 1 - previous[y.length]! / longest;
}
