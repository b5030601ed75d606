/**
 * Text as a clerk pastes it, or as a PDF or Word file yields it, made ready for citation
 * extraction: pleading-paper line numbers, ECF page stamps and emphasis markup (Markdown "*",
 * "**", leading "#", <u>…</u>) removed; curly quotes and no-break spaces made plain. Every
 * character of the cleaned text maps back to its place in the original, so a citation found in
 * the cleaned text is highlighted where the clerk typed it.
 */

/** The cleaned text and, for each of its characters, the index of that character in the original. */
export type CleanText = {
  text: string;
  /** `origin[i]` is the original index of `text[i]`; `origin[text.length]` is the original's length. */
  origin: Int32Array;
};

/** A span [start, end) of the cleaned text, mapped to the original. */
export function originalSpan(clean: CleanText, start: number, end: number): { start: number; end: number } {
  if (end <= start) return { start: clean.origin[start]!, end: clean.origin[start]! };
  return { start: clean.origin[start]!, end: clean.origin[end - 1]! + 1 };
}

/** Pleading paper has 28 numbered lines a page. */
const MAX_LINE_NUMBER = 28;
/** Fewer numbered lines in sequence than this, and the numbers are the text's own. */
const MIN_NUMBERED_LINES = 5;

const LEADING_NUMBER = /^([ \t]*(?:#{1,6}[ \t]+)?)(\d{1,2})(?=[ \t\r\n]|$)[ \t]*/;
/** The header a court's CM/ECF system stamps on every page of a filed document. */
const ECF_STAMP = /^\s*Case\s+\S+\s+Document\s+\S+\s+Filed\s+\S+\s+Page\s+\d+\s+of\s+\d+[^\n]*\n?$/i;

type Line = { start: number; text: string };

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const end = text.indexOf("\n", start);
    if (end < 0) {
      lines.push({ start, text: text.slice(start) });
      return lines;
    }
    lines.push({ start, text: text.slice(start, end + 1) });
    start = end + 1;
  }
}

/**
 * How many characters to drop at the start of each line: its pleading-paper number (and the
 * space after it) when the line numbers run in sequence (1, 2, … 28, then 1 again on the next
 * page); a number out of sequence ("28 U.S.C." opening a line) is the text's own.
 */
function lineNumberCuts(lines: Line[]): number[] {
  const cuts = lines.map(() => 0);
  let last: number | undefined;
  let accepted = 0;
  lines.forEach((line, i) => {
    const match = LEADING_NUMBER.exec(line.text);
    if (!match) return;
    const n = Number(match[2]);
    const inSequence = n <= MAX_LINE_NUMBER && (n === (last ?? 0) + 1 || (n === 1 && (last ?? 0) >= 10));
    if (!inSequence) return;
    last = n;
    accepted += 1;
    cuts[i] = match[0].length;
  });
  return accepted >= MIN_NUMBERED_LINES ? cuts : lines.map(() => 0);
}

/** Emphasis and underline markup; a "*" before a digit ("at *4", "at * 4") is a Westlaw star page and stays. */
const MARKUP = /<\/?(?:u|i|b|em|strong)>|\*+(?! ?\d)|^[ \t]*#{1,6}[ \t]+/gm;

const PLAIN: Record<string, string> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201c": '"',
  "\u201d": '"',
  "\u00a0": " ",
  "\u2002": " ",
  "\u2003": " ",
  "\u2009": " ",
  "\u202f": " ",
  "\u2013": "-",
  "\r": " ",
};

/** Cleans `original` for extraction; see the module comment. Pure and linear in the text's length. */
export function cleanText(original: string): CleanText {
  const lines = splitLines(original);
  const cuts = lineNumberCuts(lines);
  // Which original characters survive: line numbers and stamps out, then markup.
  const keep = new Uint8Array(original.length).fill(1);
  lines.forEach((line, i) => {
    if (ECF_STAMP.test(line.text)) keep.fill(0, line.start, line.start + line.text.length - 1);
    else keep.fill(0, line.start, line.start + cuts[i]!);
  });
  let withoutNumbers = "";
  const firstOrigin: number[] = [];
  for (let i = 0; i < original.length; i++) {
    if (keep[i]) {
      withoutNumbers += original[i];
      firstOrigin.push(i);
    }
  }
  let text = "";
  const origin: number[] = [];
  let last = 0;
  for (const match of withoutNumbers.matchAll(MARKUP)) {
    for (let i = last; i < match.index; i++) {
      const ch = withoutNumbers[i]!;
      text += PLAIN[ch] ?? ch;
      origin.push(firstOrigin[i]!);
    }
    last = match.index + match[0].length;
  }
  for (let i = last; i < withoutNumbers.length; i++) {
    const ch = withoutNumbers[i]!;
    text += PLAIN[ch] ?? ch;
    origin.push(firstOrigin[i]!);
  }
  origin.push(original.length);
  return { text, origin: Int32Array.from(origin) };
}
