import type { OrderDoc } from "@/lib/order-doc/types";
import { buildDocxDocument, packDocx } from "@/lib/render/docx";
import type { StyleProfile } from "@/lib/style/style-profile";
import { redlineDoc } from "./redline-doc";
import { trackedChangeHooks, type ChangeAuthor } from "./tracked-change-hooks";

/**
 * The change from one revision of an order to the next as a Word file with tracked changes,
 * laid out as the order itself (caption, title, body, signature, footnotes): inserted words as
 * w:ins, deleted words as w:del, whole paragraphs too, each marked with `author` and `date`.
 * Accept all in Word and it reads as `after`; reject all and it reads as `before`.
 *
 * @example await renderRedlineDocx(v2.doc, v3.doc, v3.style, { author: "Law Clerk", date: savedAt })
 */
export async function renderRedlineDocx(
  before: OrderDoc,
  after: OrderDoc,
  style: StyleProfile,
  change: ChangeAuthor,
): Promise<Uint8Array> {
  const merged = redlineDoc(before, after, style);
  const document = buildDocxDocument(merged.doc, style, { hooks: trackedChangeHooks(merged.lines, change) });
  return packDocx(document);
}
