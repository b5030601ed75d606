import type { Block, OrderDoc, SectionId } from "@/lib/order-doc/types";
import { blockPlainText, inlinePlainText, type FootnoteMarker } from "./block-plain-text";
import { captionPartyLines } from "./caption-party-lines";
import { footnoteNumbers } from "./footnote-numbers";
import { headingLabels } from "./heading-labels";
import { superscriptNumber } from "./superscript-number";
import { DEFAULT_STYLE, type StyleProfile } from "@/lib/style/style-profile";
import { titleLayout } from "./title-layout";

/** What `orderPlainText` and `orderTextBlocks` include besides the main text. */
export type PlainTextOptions = {
  /**
   * Print footnote references in the text as superscript digits ("¹"). Default false, so the
   * text matches Word's text read back with mammoth (which drops reference marks).
   */
  footnoteMarks?: boolean;
  /** Print the footnotes after the signature ("¹ Text…"). Default true. */
  footnotes?: boolean;
};

/** Where a printed paragraph of the order comes from. */
export type TextBlockWhere =
  | { part: "court"; index: number }
  | { part: "party"; index: number }
  | { part: "case-number" }
  | { part: "title"; index: number }
  /** The motion's docket reference printed with the title: after its last line, or on a line of its own. */
  | { part: "title-ref"; placement: "after-title" | "own-line" }
  | { part: "body"; blockIndex: number; section: SectionId; kind: Block["kind"] }
  | { part: "signature"; line: "date" | "signer" | "title" }
  /** A footnote's text, without its number (`number` is its place in order of first reference). */
  | { part: "footnote"; id: string; number: number };

/** One printed paragraph of the order (a list prints as one block, its items one per line). */
export type OrderTextBlock = { where: TextBlockWhere; text: string };

/**
 * The order's printed paragraphs in reading order, each with where it comes from: court lines,
 * the caption's parties, the case number, the title lines and their docket reference, the body
 * (heading numbers, capitals and list labels as the style prints them), the signature lines, then
 * the footnotes in order of first reference. `orderPlainText` joins these; the review redline
 * compares them block by block.
 */
export function orderTextBlocks(
  doc: OrderDoc,
  style: StyleProfile = DEFAULT_STYLE,
  options: PlainTextOptions = {},
): OrderTextBlock[] {
  const numbers = footnoteNumbers(doc);
  const mark: FootnoteMarker =
    options.footnoteMarks === true ? (id) => superscriptNumber(numbers.numberOf(id)) : () => "";
  const title = titleLayout(doc, style);
  const labels = headingLabels(doc.body, style.headingStyle);
  const signature: [TextBlockWhere & { part: "signature" }, string | undefined][] = [
    [{ part: "signature", line: "date" }, doc.signature.dateLine],
    [{ part: "signature", line: "signer" }, doc.signature.signerLine],
    [{ part: "signature", line: "title" }, doc.signature.titleLine],
  ];
  const blocks: OrderTextBlock[] = [
    ...doc.caption.courtLines.map((line, index): OrderTextBlock => ({
      where: { part: "court", index },
      text: line.toUpperCase(),
    })),
    ...captionPartyLines(doc.caption).map((line, index): OrderTextBlock => ({
      where: { part: "party", index },
      text: line.text,
    })),
    { where: { part: "case-number" }, text: doc.caption.caseNumberLine },
    ...title.lines.map((text, index): OrderTextBlock => ({ where: { part: "title", index }, text })),
    ...(title.docketRef
      ? [
          {
            where: { part: "title-ref", placement: title.docketRefPlacement },
            text: inlinePlainText(title.docketRef, mark),
          } as const,
        ]
      : []),
    ...doc.body.map((block, blockIndex): OrderTextBlock => ({
      where: { part: "body", blockIndex, section: block.section, kind: block.kind },
      text: blockPlainText(block, labels[blockIndex], style, mark),
    })),
    ...signature.flatMap(([where, text]) => (text !== undefined && text !== "" ? [{ where, text }] : [])),
  ];
  if (options.footnotes !== false) {
    for (const id of numbers.order) {
      const text = (doc.footnotes[id] ?? []).map((block) => blockPlainText(block, undefined, style, mark)).join("\n\n");
      blocks.push({ where: { part: "footnote", id, number: numbers.numberOf(id) }, text });
    }
  }
  return blocks;
}
