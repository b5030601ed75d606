import type { DocketAttachment } from "./schema";

/**
 * Reads "(Attachments: # 1 Memorandum of Points and Authorities, # 2 Exhibit A)" out of docket
 * text. A label may hold commas and parentheses ("Declaration of Smith, Jr. (redacted)"): an item
 * starts only at "# n" after the opening or a comma, and the list ends at its matching ")".
 * @param entryNumber the row's number, to build refs ("49" → "49-1"); "" leaves refs empty.
 */
export function parseAttachments(text: string, entryNumber: string): DocketAttachment[] {
  const attachments: DocketAttachment[] = [];
  for (const opening of text.matchAll(/\(\s*Attachments\s*:/gi)) {
    const inner = untilMatchingParen(text, opening.index + opening[0].length);
    const markers = [...inner.matchAll(/(?:^|,)\s*#\s*(\d{1,3})\s*/g)];
    markers.forEach((marker, i) => {
      const start = marker.index + marker[0].length;
      const end = markers[i + 1]?.index ?? inner.length;
      const ordinal = Number(marker[1]);
      if (ordinal < 1) return;
      attachments.push({
        ordinal,
        ref: entryNumber ? `${entryNumber}-${ordinal}` : "",
        label: inner.slice(start, end).trim().replace(/,$/, "").trim(),
      });
    });
  }
  return attachments;
}

/** The text from `from` up to the ")" that closes the parenthesis opened just before it (or to the end). */
function untilMatchingParen(text: string, from: number): string {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    if (text[i] === "(") depth++;
    else if (text[i] === ")" && --depth === 0) return text.slice(from, i);
  }
  return text.slice(from);
}
