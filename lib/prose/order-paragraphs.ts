import type { OrderDoc } from "@/lib/order-doc/types";
import { orderTextBlocks } from "@/lib/render/order-text-blocks";
import type { StyleProfile } from "@/lib/style/style-profile";
import type { ProseParagraph } from "./types";

/** The paragraphs of an order the prose check reads: the title, the body and the footnotes, and the caption and signature lines as layout. */
export function orderParagraphs(doc: OrderDoc, style: StyleProfile): ProseParagraph[] {
  const paragraphs: ProseParagraph[] = [];
  for (const block of orderTextBlocks(doc, style)) {
    const { where } = block;
    if (where.part === "title") paragraphs.push({ text: block.text, part: "title" });
    else if (where.part === "footnote") paragraphs.push({ text: block.text, part: "footnote" });
    else if (where.part !== "body") paragraphs.push({ text: block.text, part: "layout" });
    else if (where.part === "body") {
      const part =
        where.kind === "heading"
          ? "heading"
          : where.kind === "list" && where.section === "conclusion"
            ? "decree"
            : "body";
      // A list prints its items one per line: each is a paragraph of its own.
      for (const line of where.kind === "list" ? block.text.split("\n") : [block.text])
        paragraphs.push({ text: line, part, section: where.section });
    }
  }
  return paragraphs;
}
