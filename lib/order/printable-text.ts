/**
 * Text a clerk typed or pasted may hold characters no document can carry: XML 1.0 (so Word)
 * forbids the C0 controls other than tab and line breaks, and U+FFFE/U+FFFF; a lone UTF-16
 * surrogate encodes to nothing sensible. The `docx` package drops the C0 controls silently (so
 * "a\vb", Word's own manual line break pasted as text, printed "ab") and writes U+FFFE/U+FFFF
 * as they are (so Word refused the file). A bidi override left open is dropped (bidi-formats.ts).
 * Every draft is made printable once, before an order is composed, so the Word file, the preview
 * and the plain text print the same words.
 */

import { dropOpenBidiFormats } from "./bidi-formats";

/**
 * Vertical tab and form feed (Word's manual line and page breaks) and NEL (U+0085, a line break
 * to Unicode; XML readers such as mammoth's turn it into a line feed) separate words: a space.
 */
const SEPARATORS = /[\u000b\u000c\u0085]/g;
/** Other characters XML 1.0 does not allow (tab, LF and CR are allowed). */
const UNPRINTABLE = /[\u0000-\u0008\u000e-\u001f\ufffe\uffff]/g;
/** A high surrogate not followed by a low one, or a low surrogate not preceded by a high one. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * The text with word-separating controls as spaces, other unprintable characters removed, lone
 * surrogates as U+FFFD and explicit bidi formats left open at the end of a line dropped.
 */
export function printableText(text: string): string {
  return dropOpenBidiFormats(text.replace(SEPARATORS, " ").replace(UNPRINTABLE, "").replace(LONE_SURROGATE, "\ufffd"));
}

/** A copy of `value` with every string in it made printable (drafts are JSON: objects, arrays, strings, numbers, booleans). */
export function printableDraft<T>(value: T): T {
  if (typeof value === "string") return printableText(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => printableDraft(item)) as T;
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, printableDraft(item)])) as T;
  }
  return value;
}
