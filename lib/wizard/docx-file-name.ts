import type { OrderDoc } from "@/lib/order-doc/types";

/** Characters Windows, macOS or a Content-Disposition header would choke on. */
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f]+/g;

/** Longest file name, in UTF-16 units (file systems allow 255 bytes; leave room for " (1)"). */
const MAX_LENGTH = 180;

const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });

/** `text` cut to at most `max` units at a character boundary (never inside an emoji), with "…" when cut. */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  let out = "";
  for (const { segment } of graphemes.segment(text)) {
    if (out.length + segment.length > max - 1) break;
    out += segment;
  }
  return `${out.trimEnd()}…`;
}

/**
 * The Word file's name: order date, short caption, what it is. A long caption is shortened, not
 * the name: cutting the whole name lost the ".docx" and could split an emoji's surrogate pair,
 * which made the download's Content-Disposition header throw.
 * @example docxFileName(doc) → "2018-04-05 Linlor v. Futero - Order re 1292(b).docx"
 */
export function docxFileName(doc: OrderDoc): string {
  return fileName(doc.meta.orderDate ?? "Undated", doc, " - Order re 1292(b).docx");
}

/**
 * The redline's Word file name, shortened the same way.
 * @example redlineFileName(doc, 1, 2) → "Redline r1 to r2 - Linlor v. Futero.docx"
 */
export function redlineFileName(doc: OrderDoc, from: number, to: number): string {
  return fileName(`Redline r${from} to r${to} -`, doc, ".docx");
}

/** `prefix`, the short caption made safe and shortened to fit, then `suffix`. */
function fileName(prefix: string, doc: OrderDoc, suffix: string): string {
  const caption = doc.meta.shortCaption.replace(UNSAFE, " ").replace(/\s+/g, " ").trim() || "Draft";
  return `${prefix} ${shorten(caption, MAX_LENGTH - prefix.length - 1 - suffix.length)}${suffix}`;
}
