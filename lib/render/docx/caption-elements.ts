import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IBorderOptions,
} from "docx";
import type { OrderDoc } from "@/lib/order-doc/types";
import { captionGrid, type CaptionGrid, type CaptionGridCell, type CaptionGridLine } from "../caption-grid";
import type { DocxContext } from "./docx-context";
import { hookedRuns } from "./docx-hooks";
import { textWidthTwips } from "./page-setup";
import { bodyLineTwips, bodySpacing } from "./paragraph-spacing";
import { titleParagraphs } from "./title-paragraphs";
import { INDENT_STEP } from "./units";

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: "auto" };
const RULE: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: "000000" };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const VALIGN = {
  top: VerticalAlignTable.TOP,
  center: VerticalAlignTable.CENTER,
  bottom: VerticalAlignTable.BOTTOM,
} as const;
/** Width of the divider column ("§", ")"). */
const DIVIDER_TWIPS = 360;

function lineParagraph(line: CaptionGridLine, ctx: DocxContext): Paragraph {
  const text = { text: line.text };
  return new Paragraph({
    children: line.source
      ? hookedRuns(ctx, text, { kind: "line", part: line.source.part, index: line.source.index })
      : [new TextRun(text)],
    spacing: bodySpacing(ctx.style),
    indent: { left: line.indent * INDENT_STEP },
    ...(line.alignRight ? { alignment: AlignmentType.RIGHT } : {}),
    keepNext: true,
    keepLines: true,
  });
}

/** A cell's paragraphs: its lines, or one empty paragraph (Word requires one in every cell). */
function cellParagraphs(cell: CaptionGridCell, ctx: DocxContext): Paragraph[] {
  const paragraphs = cell.lines.map((line) => lineParagraph(line, ctx));
  return paragraphs.length > 0 ? paragraphs : [new Paragraph({ children: [], spacing: bodySpacing(ctx.style) })];
}

/**
 * The caption grid as one borderless Word table, row by row: the parties' column, the divider
 * column when the form has one, the numbers' column. Under a two-column caption (pleading paper)
 * the parties' column is closed by a rule on its right and the title sits in the first row's
 * numbers cell. No rule below the parties there: a horizontal cell border adds its width to the
 * row's height and would push every later line off the 24 pt grid (measured: 0.8 pt in
 * LibreOffice). A boxed caption (D.D.C.) has rules above and below the parties' column.
 */
function captionTable(doc: OrderDoc, grid: CaptionGrid, ctx: DocxContext): Table {
  const twoColumn = ctx.style.captionLayout === "two-column";
  const width = textWidthTwips(ctx.style);
  const divider = grid.divider;
  const leftWidth = Math.round(width * (twoColumn || divider !== undefined ? 0.5 : 0.55));
  const dividerWidth = divider !== undefined ? DIVIDER_TWIPS : 0;
  const rightWidth = width - leftWidth - dividerWidth;
  const last = grid.rows.length - 1;
  const rows = grid.rows.map((row, r) => {
    const ruled = (edge: "top" | "bottom") => grid.boxed && (edge === "top" ? r === 0 : r === last);
    const left = new TableCell({
      children: cellParagraphs(row.left, ctx),
      verticalAlign: VALIGN[row.left.align],
      borders: {
        top: ruled("top") ? RULE : NONE,
        bottom: ruled("bottom") ? RULE : NONE,
        left: NONE,
        right: twoColumn ? RULE : NONE,
      },
      margins: { top: 0, bottom: 0, left: 0, right: twoColumn ? 115 : 0 },
      width: { size: leftWidth, type: WidthType.DXA },
    });
    const between =
      divider !== undefined
        ? [
            new TableCell({
              children: [new Paragraph({ children: [new TextRun(divider)], spacing: bodySpacing(ctx.style) })],
              borders: { top: NONE, left: NONE, right: NONE, bottom: ruled("bottom") ? RULE : NONE },
              margins: { top: 0, bottom: 0, left: 0, right: 0 },
              width: { size: dividerWidth, type: WidthType.DXA },
            }),
          ]
        : [];
    const title = twoColumn && r === 0 ? titleParagraphs(doc, ctx, "left", false) : [];
    const right = new TableCell({
      children: [...(row.right.lines.length > 0 || title.length === 0 ? cellParagraphs(row.right, ctx) : []), ...title],
      verticalAlign: VALIGN[row.right.align],
      borders: { top: NONE, left: NONE, right: NONE, bottom: NONE },
      margins: { top: 0, bottom: 0, left: 288, right: 0 },
      width: { size: rightWidth, type: WidthType.DXA },
    });
    return new TableRow({ children: [left, ...between, right], cantSplit: true });
  });
  return new Table({
    rows,
    width: { size: width, type: WidthType.DXA },
    columnWidths: [leftWidth, ...(divider !== undefined ? [dividerWidth] : []), rightWidth],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
  });
}

/** The court's name lines: centered, bold, capitals, with one blank line after the last. */
function courtLineParagraphs(doc: OrderDoc, ctx: DocxContext): Paragraph[] {
  const lines = doc.caption.courtLines;
  return lines.map(
    (line, i) =>
      new Paragraph({
        children: hookedRuns(ctx, { text: line.toUpperCase(), bold: true }, { kind: "line", part: "court", index: i }),
        alignment: AlignmentType.CENTER,
        spacing: { ...bodySpacing(ctx.style), ...(i === lines.length - 1 ? { after: bodyLineTwips(ctx.style) } : {}) },
        keepNext: true,
      }),
  );
}

/**
 * The whole caption as Word blocks: court lines, then the caption table in the chambers' form,
 * then (stacked) the centered title, or (two-column) a blank line before the body.
 */
export function captionElements(doc: OrderDoc, ctx: DocxContext): (Paragraph | Table)[] {
  const court = courtLineParagraphs(doc, ctx);
  const table = captionTable(doc, captionGrid(doc.caption, ctx.style.captionLayout), ctx);
  if (ctx.style.captionLayout === "two-column") {
    return [...court, table, new Paragraph({ children: [], spacing: bodySpacing(ctx.style) })];
  }
  return [...court, table, ...titleParagraphs(doc, ctx, "center", true)];
}
