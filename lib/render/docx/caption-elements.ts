import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
  type IBorderOptions,
} from "docx";
import type { OrderDoc } from "@/lib/order-doc/types";
import { captionPartyLines, type CaptionPartyLine } from "../caption-party-lines";
import type { DocxContext } from "./docx-context";
import { hookedRuns } from "./docx-hooks";
import { textWidthTwips } from "./page-setup";
import { bodyLineTwips, bodySpacing } from "./paragraph-spacing";
import { titleParagraphs } from "./title-paragraphs";
import { INDENT_STEP } from "./units";

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: "auto" };
const RULE: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: "000000" };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

/** Indent of a caption line: role labels 1.5", "v." 0.5", names flush. */
const ROLE_INDENT: Record<CaptionPartyLine["role"], number> = { name: 0, versus: INDENT_STEP, label: 3 * INDENT_STEP };

function partyParagraphs(doc: OrderDoc, ctx: DocxContext): Paragraph[] {
  return captionPartyLines(doc.caption).map(
    (line, index) =>
      new Paragraph({
        children: hookedRuns(ctx, { text: line.text }, { kind: "line", part: "party", index }),
        spacing: bodySpacing(ctx.style),
        indent: { left: ROLE_INDENT[line.role] },
        keepNext: true,
        keepLines: true,
      }),
  );
}

function caseNumberParagraph(doc: OrderDoc, ctx: DocxContext): Paragraph {
  return new Paragraph({
    children: hookedRuns(ctx, { text: doc.caption.caseNumberLine }, { kind: "line", part: "case-number", index: 0 }),
    spacing: bodySpacing(ctx.style),
    keepLines: true,
  });
}

function table(ctx: DocxContext, share: number, left: TableCell, right: TableCell): Table {
  const width = textWidthTwips(ctx.style);
  const leftWidth = Math.round(width * share);
  return new Table({
    rows: [new TableRow({ children: [left, right], cantSplit: true })],
    width: { size: width, type: WidthType.DXA },
    columnWidths: [leftWidth, width - leftWidth],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
  });
}

/**
 * Two-column caption (pleading paper, S.D./E.D. Cal.): the parties left, closed by a rule on
 * their right; the case number, then the title in bold capitals and its docket line, right.
 * No rule below the parties: a horizontal cell border adds its width to the row's height and
 * would push every later line off the 24 pt grid (measured: 0.8 pt in LibreOffice).
 */
function twoColumnCaption(doc: OrderDoc, ctx: DocxContext): Table {
  const width = textWidthTwips(ctx.style);
  const left = new TableCell({
    children: partyParagraphs(doc, ctx),
    borders: { top: NONE, left: NONE, right: RULE, bottom: NONE },
    margins: { top: 0, bottom: 0, left: 0, right: 115 },
    width: { size: Math.round(width / 2), type: WidthType.DXA },
  });
  const right = new TableCell({
    children: [caseNumberParagraph(doc, ctx), ...titleParagraphs(doc, ctx, "left", false)],
    borders: { top: NONE, left: NONE, right: NONE, bottom: NONE },
    margins: { top: 0, bottom: 0, left: 288, right: 0 },
    width: { size: width - Math.round(width / 2), type: WidthType.DXA },
  });
  return table(ctx, 0.5, left, right);
}

/** Stacked caption (D.N.M.): the parties left and the case number right, in a table without borders. */
function stackedCaption(doc: OrderDoc, ctx: DocxContext): Table {
  const left = new TableCell({
    children: partyParagraphs(doc, ctx),
    borders: { top: NONE, left: NONE, right: NONE, bottom: NONE },
  });
  const right = new TableCell({
    children: [caseNumberParagraph(doc, ctx)],
    verticalAlign: VerticalAlignTable.CENTER,
    borders: { top: NONE, left: NONE, right: NONE, bottom: NONE },
    margins: { top: 0, bottom: 0, left: 288, right: 0 },
  });
  return table(ctx, 0.55, left, right);
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
 * The whole caption as Word blocks: court lines, then the caption table in the style's layout,
 * then (stacked) the centered title, or (two-column) a blank line before the body.
 */
export function captionElements(doc: OrderDoc, ctx: DocxContext): (Paragraph | Table)[] {
  const court = courtLineParagraphs(doc, ctx);
  if (ctx.style.captionLayout === "two-column") {
    return [...court, twoColumnCaption(doc, ctx), new Paragraph({ children: [], spacing: bodySpacing(ctx.style) })];
  }
  return [...court, stackedCaption(doc, ctx), ...titleParagraphs(doc, ctx, "center", true)];
}
