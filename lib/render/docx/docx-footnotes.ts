import { Paragraph } from "docx";
import type { Block, Inline, OrderDoc } from "@/lib/order-doc/types";
import { blockParagraphs } from "./block-paragraphs";
import type { DocxContext } from "./docx-context";

const SPACE: Inline = { kind: "text", text: " " };

/** The block with a space before its first word, to set it off from the footnote's number. */
function withLeadingSpace(block: Block): Block {
  if (block.kind !== "list") return { ...block, content: [SPACE, ...block.content] };
  const [first, ...rest] = block.items;
  return first ? { ...block, items: [[SPACE, ...first], ...rest] } : block;
}

/**
 * The order's footnotes for the `docx` Document's `footnotes` option: keyed by their printed
 * number (order of first reference), each a list of single-spaced footnote paragraphs. The
 * `docx` package puts the footnote's reference mark at the start of its first paragraph; a
 * space separates it from the text.
 */
export function docxFootnotes(doc: OrderDoc, ctx: DocxContext): Record<number, { children: Paragraph[] }> {
  const out: Record<number, { children: Paragraph[] }> = {};
  for (const id of ctx.footnotes.order) {
    const [first, ...rest] = doc.footnotes[id] ?? [];
    const blocks = first ? [withLeadingSpace(first), ...rest] : [];
    const children = blocks.flatMap((block) => blockParagraphs(block, ctx, { tone: "footnote" }));
    out[ctx.footnotes.numberOf(id)] = { children: children.length > 0 ? children : [new Paragraph({ children: [] })] };
  }
  return out;
}
