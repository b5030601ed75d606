import type { Block, Inline, OrderDoc } from "@/lib/order-doc/types";
import type { DocxContext } from "../docx-context";
import { blockXml } from "./block-xml";
import { runXml } from "./run-xml";

const SPACE: Inline = { kind: "text", text: " " };
const MARK = runXml({ style: "FootnoteReference", footnoteRef: true });

function withLeadingSpace(block: Block): Block {
  if (block.kind !== "list") return { ...block, content: [SPACE, ...block.content] };
  const [first, ...rest] = block.items;
  return first ? { ...block, items: [[SPACE, ...first], ...rest] } : block;
}

/** Puts the footnote's number mark after the first paragraph's properties, as `docx` does. */
function withMark(paragraphs: string): string {
  if (paragraphs.startsWith("<w:p/>")) return `<w:p>${MARK}</w:p>${paragraphs.slice("<w:p/>".length)}`;
  const at = paragraphs.startsWith("<w:p><w:pPr>")
    ? paragraphs.indexOf("</w:pPr>") + "</w:pPr>".length
    : "<w:p>".length;
  return paragraphs.slice(0, at) + MARK + paragraphs.slice(at);
}

/** The `<w:footnote>` elements of `docxFootnotes` (docx-footnotes.ts), in footnotes.xml's order. */
export function footnotesXml(doc: OrderDoc, ctx: DocxContext): string {
  let xml = "";
  for (const id of ctx.footnotes.order) {
    const [first, ...rest] = doc.footnotes[id] ?? [];
    const blocks = first ? [withLeadingSpace(first), ...rest] : [];
    const paragraphs = blocks.map((block) => blockXml(block, ctx, { tone: "footnote" })).join("");
    // The mark goes in the footnote's first paragraph (a list block is several paragraphs).
    xml += `<w:footnote w:id="${ctx.footnotes.numberOf(id)}">${withMark(paragraphs === "" ? "<w:p/>" : paragraphs)}</w:footnote>`;
  }
  return xml;
}
