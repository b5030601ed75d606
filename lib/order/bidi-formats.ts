/**
 * Explicit bidirectional formatting a clerk may type or paste (UAX #9): an embedding or override
 * (LRE, RLE, LRO, RLO) lasts until a PDF, an isolate (LRI, RLI, FSI) until a PDI, or either until
 * the paragraph ends. One left open in a party's name ("Acme\u202e") displayed the rest of the
 * sentence it was printed in reversed, in Word and in the preview alike.
 */
const PDF = "\u202c";
const PDI = "\u2069";
const EMBEDDING_OR_OVERRIDE = /[\u202a\u202b\u202d\u202e]/;
const ISOLATE = /[\u2066\u2067\u2068]/;

/** Indexes of the formats still open at the end of `line`. */
function openFormats(line: string): number[] {
  const open: { at: number; closer: string }[] = []; // innermost last
  for (let at = 0; at < line.length; at++) {
    const char = line[at]!;
    if (EMBEDDING_OR_OVERRIDE.test(char)) open.push({ at, closer: PDF });
    else if (ISOLATE.test(char)) open.push({ at, closer: PDI });
    else if (char === PDF && open[open.length - 1]?.closer === PDF) open.pop();
    // A PDI closes its isolate and whatever was opened inside it.
    else if (char === PDI && open.some((format) => format.closer === PDI))
      open.length = open.findLastIndex((format) => format.closer === PDI);
  }
  return open.map((format) => format.at);
}

/**
 * Removes, line by line (line feed, carriage return, line or paragraph separator), every explicit
 * bidi format still open at the line's end: a name or a title is printed inside a sentence, which
 * it would otherwise reorder. Formats the clerk closed stay; nothing is added (an invisible closer
 * at the end would hide "et al." or a final comma from the caption's checks).
 */
export function dropOpenBidiFormats(text: string): string {
  if (!/[\u202a\u202b\u202d\u202e\u2066-\u2068]/.test(text)) return text;
  return text.replace(/[^\r\n\u2028\u2029]+/g, (line) => {
    const open = new Set(openFormats(line));
    return open.size === 0
      ? line
      : line
          .split("")
          .filter((_, i) => !open.has(i))
          .join("");
  });
}
