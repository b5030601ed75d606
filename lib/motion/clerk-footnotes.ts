// No imports: the wizard checks footnotes on every step, and this must not bring the authority
// library (which clerk-markers needs to parse [[cite …]]) into the wizard's first load.

/** A part of clerk text: its own words, or the words of a footnote it calls where the footnote stands. */
export type ClerkTextPart = { kind: "text" | "footnote"; text: string };

const FOOTNOTE_OPEN = /\[\[fn(?=[\s\]])/iy;

/**
 * Splits clerk text at its footnotes ("[[fn …]]", which may hold [[doc …]] and [[cite …]] markers).
 * An unclosed footnote or a footnote inside another is an error, said in words a clerk can act on;
 * the wizard reports it on the field (lib/wizard/step-issues) and the order prints the text as typed.
 */
export function splitClerkFootnotes(text: string): { parts: ClerkTextPart[]; error?: string } {
  const parts: ClerkTextPart[] = [];
  let plainStart = 0;
  let i = 0;
  while (i < text.length) {
    FOOTNOTE_OPEN.lastIndex = i;
    if (!FOOTNOTE_OPEN.test(text)) {
      i += 1;
      continue;
    }
    const bodyStart = i + 4;
    let depth = 0;
    let j = bodyStart;
    let end = -1;
    while (j < text.length) {
      FOOTNOTE_OPEN.lastIndex = j;
      if (FOOTNOTE_OPEN.test(text))
        return {
          parts: [{ kind: "text", text }],
          error: "A footnote cannot hold another footnote: close the first “[[fn …]]” before opening the next",
        };
      if (text.startsWith("[[", j)) {
        depth += 1;
        j += 2;
      } else if (text.startsWith("]]", j)) {
        if (depth === 0) {
          end = j;
          break;
        }
        depth -= 1;
        j += 2;
      } else j += 1;
    }
    if (end === -1)
      return { parts: [{ kind: "text", text }], error: "A footnote “[[fn …” is not closed: end it with “]]”" };
    if (text.slice(bodyStart, end).trim() === "")
      return { parts: [{ kind: "text", text }], error: "A footnote “[[fn …]]” needs its words after “fn”" };
    if (i > plainStart) parts.push({ kind: "text", text: text.slice(plainStart, i) });
    parts.push({ kind: "footnote", text: text.slice(bodyStart, end).trim() });
    i = end + 2;
    plainStart = i;
  }
  if (plainStart < text.length || parts.length === 0) parts.push({ kind: "text", text: text.slice(plainStart) });
  return { parts };
}
