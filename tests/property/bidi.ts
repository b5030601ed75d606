/**
 * Explicit bidirectional formatting (Unicode bidi algorithm, UAX #9): an embedding or override
 * (LRE, RLE, LRO, RLO) stays open until a PDF, an isolate (LRI, RLI, FSI) until a PDI. One left
 * open in a name reverses or reorders everything the order prints after it on that line.
 */
const EMBEDDING = /[\u202a\u202b\u202d\u202e]/;
const ISOLATE = /[\u2066\u2067\u2068]/;

/** How many explicit bidi formats are still open at the end of `text`. */
export function openBidiFormats(text: string): number {
  const stack: ("embedding" | "isolate")[] = [];
  for (const char of text) {
    if (EMBEDDING.test(char)) stack.push("embedding");
    else if (ISOLATE.test(char)) stack.push("isolate");
    else if (char === "\u202c" && stack[stack.length - 1] === "embedding") stack.pop();
    else if (char === "\u2069" && stack.includes("isolate")) stack.length = stack.lastIndexOf("isolate");
  }
  return stack.length;
}
