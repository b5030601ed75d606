import type { Block, OrderDoc, SectionId } from "@/lib/order-doc/types";
import { blockPlainText, inlinePlainText, type FootnoteMarker } from "./block-plain-text";
import { captionGrid, type CaptionGridCell } from "./caption-grid";
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
  /** A caption line beyond the parties and the case number (`index`: its place in `captionExtraLines`). */
  | { part: "caption"; index: number }
  /** The divider printed on a row of the caption ("§", ")"), `row` counted from 0. */
  | { part: "caption-divider"; row: number }
  | { part: "title"; index: number }
  /** The motion's docket reference printed with the title: after its last line, or on a line of its own. */
  | { part: "title-ref"; placement: "after-title" | "own-line" }
  /** The judge's line under the title (S.D.N.Y.). */
  | { part: "title-judge" }
  | { part: "body"; blockIndex: number; section: SectionId; kind: Block["kind"] }
  | { part: "signature"; line: "date" | "signer" | "title" }
  /** A footnote's text, without its number (`number` is its place in order of first reference). */
  | { part: "footnote"; id: string; number: number };

/** One printed paragraph of the order (a list prints as one block, its items one per line). */
export type OrderTextBlock = { where: TextBlockWhere; text: string };

/** A caption cell's printed lines (blank lines print nothing). */
function cellBlocks(cell: CaptionGridCell): OrderTextBlock[] {
  return cell.lines.flatMap((line): OrderTextBlock[] => {
    if (!line.source) return [];
    const { part, index } = line.source;
    return [{ where: part === "case-number" ? { part } : { part, index }, text: line.text }];
  });
}

/** The caption's lines row by row, as the DOCX table and the HTML grid print them: parties' cell, divider, numbers' cell. */
function captionRowBlocks(doc: OrderDoc, style: StyleProfile): OrderTextBlock[][] {
  const grid = captionGrid(doc.caption, style.captionLayout);
  return grid.rows.map((row, r) => [
    ...cellBlocks(row.left),
    ...(grid.divider !== undefined
      ? [{ where: { part: "caption-divider", row: r } as const, text: grid.divider }]
      : []),
    ...cellBlocks(row.right),
  ]);
}

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
  const titleBlocks: OrderTextBlock[] = [
    ...title.lines.map((text, index): OrderTextBlock => ({ where: { part: "title", index }, text })),
    ...(title.docketRef
      ? [
          {
            where: { part: "title-ref", placement: title.docketRefPlacement },
            text: inlinePlainText(title.docketRef, mark),
          } as const,
        ]
      : []),
    ...(doc.caption.judgeUnderTitle !== undefined
      ? [{ where: { part: "title-judge" }, text: doc.caption.judgeUnderTitle } as const]
      : []),
  ];
  // Under a two-column caption the title prints in the first row's numbers cell, before any further row.
  const [firstRow = [], ...laterRows] = captionRowBlocks(doc, style);
  const captionAndTitle =
    style.captionLayout === "two-column"
      ? [...firstRow, ...titleBlocks, ...laterRows.flat()]
      : [...firstRow, ...laterRows.flat(), ...titleBlocks];
  const blocks: OrderTextBlock[] = [
    ...doc.caption.courtLines.map((line, index): OrderTextBlock => ({
      where: { part: "court", index },
      text: line.toUpperCase(),
    })),
    ...captionAndTitle,
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
