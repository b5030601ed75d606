import type { WrittenPin } from "./types";

/** A pin as written after ", " or "at ": "1153", "541-42", "1067 n. 6", "206 n.1", "*3", "* 4", "*3-4". */
export const PIN_SOURCE = String.raw`\*\s?\d{1,5}(?:\s?[-–]\s?\*?\d{1,5})?|\d{1,5}(?:\s?[-–]\s?\d{1,5})?(?:\s?n\.\s?\d{1,3})?`;

const PIN = new RegExp(`^(?:${PIN_SOURCE})`);

/** "541-42" → 542, "1025-26" → 1026, "1253-1258" → 1258: the short end of a range takes the first page's leading digits. */
function rangeEnd(first: string, last: string): number {
  if (last.length >= first.length) return Number(last);
  return Number(first.slice(0, first.length - last.length) + last);
}

/** Parses the pin that opens `text` (at `offset` in the whole text), or undefined. */
export function parsePinAt(text: string, offset: number): WrittenPin | undefined {
  const match = PIN.exec(text);
  if (!match) return undefined;
  const written = match[0];
  const star = written.startsWith("*");
  const footnote = /n\.\s?(\d+)$/.exec(written)?.[1];
  const pages = /^\*?\s?(\d+)(?:\s?[-–]\s?\*?(\d+))?/.exec(written)!;
  const first = Number(pages[1]);
  const last = pages[2] ? rangeEnd(pages[1]!, pages[2]) : first;
  return {
    start: offset,
    end: offset + written.length,
    text: written,
    first,
    last,
    star,
    ...(footnote ? { footnote } : {}),
  };
}
