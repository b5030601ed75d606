import type { OrderDoc } from "@/lib/order/types";

/** Characters Windows, macOS or a Content-Disposition header would choke on. */
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f]+/g;

/**
 * The Word file's name: order date, short caption, what it is.
 * @example docxFileName(doc) → "2018-04-05 Linlor v. Futero - Order re 1292(b).docx"
 */
export function docxFileName(doc: OrderDoc): string {
  const caption = doc.meta.shortCaption.replace(UNSAFE, " ").replace(/\s+/g, " ").trim() || "Draft";
  const date = doc.meta.orderDate ?? "Undated";
  return `${date} ${caption} - Order re 1292(b).docx`.slice(0, 180);
}
