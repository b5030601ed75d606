import type { OrderDoc } from "@/lib/order-doc/types";
import { orderTextBlocks, type OrderTextBlock, type PlainTextOptions } from "./order-text-blocks";
import { DEFAULT_STYLE, type StyleProfile } from "@/lib/style/style-profile";
import { superscriptNumber } from "./superscript-number";

export type { PlainTextOptions } from "./order-text-blocks";
export { superscriptNumber } from "./superscript-number";

function paragraphText(block: OrderTextBlock): string {
  return block.where.part === "footnote" ? `${superscriptNumber(block.where.number)} ${block.text}` : block.text;
}

/**
 * The order's words in reading order, as plain text: court lines, the caption's parties,
 * the case number, the title (and its docket reference), the body with heading numbers and
 * list labels, the signature block, then the footnotes, each led by its number in superscript
 * ("¹ As such, …"). Paragraphs are separated by a blank line. Pass the order's style: heading
 * numbers, capitals and the title's docket reference follow it. Tests compare this text with
 * the DOCX read back (mammoth) and with the HTML preview's text.
 */
export function orderPlainText(
  doc: OrderDoc,
  style: StyleProfile = DEFAULT_STYLE,
  options: PlainTextOptions = {},
): string {
  const paragraphs: string[] = [];
  let previous: OrderTextBlock | undefined;
  for (const block of orderTextBlocks(doc, style, options)) {
    // A "parenthetical" docket reference prints on the title's last line: "… APPEAL (ECF No. 173)".
    if (
      block.where.part === "title-ref" &&
      block.where.placement === "after-title" &&
      previous?.where.part === "title"
    ) {
      paragraphs[paragraphs.length - 1] = `${paragraphs[paragraphs.length - 1]} ${block.text}`;
    } else paragraphs.push(paragraphText(block));
    previous = block;
  }
  return paragraphs.join("\n\n") + "\n";
}
