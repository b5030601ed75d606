import { AlignmentType } from "docx";
import type { OrderDoc } from "@/lib/order-doc/types";
import { captionPartyLines, type CaptionPartyLine } from "../../caption-party-lines";
import type { DocxContext } from "../docx-context";
import { textWidthTwips } from "../page-setup";
import { bodyLineTwips, bodySpacing } from "../paragraph-spacing";
import { INDENT_STEP } from "../units";
import { borderXml, paragraphXml, type BorderXml } from "./paragraph-xml";
import { runXml } from "./run-xml";
import { titleXml } from "./title-xml";

const NONE: BorderXml = { style: "none", size: 0, color: "auto" };
const RULE: BorderXml = { style: "single", size: 6, color: "000000" };
const ROLE_INDENT: Record<CaptionPartyLine["role"], number> = { name: 0, versus: INDENT_STEP, label: 3 * INDENT_STEP };

type Sides = { top: BorderXml; left: BorderXml; bottom: BorderXml; right: BorderXml };
type Margins = { top: number; left: number; bottom: number; right: number };

const sides = (s: Sides) =>
  borderXml("top", s.top) + borderXml("left", s.left) + borderXml("bottom", s.bottom) + borderXml("right", s.right);
const margins = (m: Margins) =>
  `<w:top w:type="dxa" w:w="${m.top}"/><w:left w:type="dxa" w:w="${m.left}"/><w:bottom w:type="dxa" w:w="${m.bottom}"/><w:right w:type="dxa" w:w="${m.right}"/>`;

function partyXml(doc: OrderDoc, ctx: DocxContext): string {
  return captionPartyLines(doc.caption)
    .map((line) =>
      paragraphXml(
        { keepNext: true, keepLines: true, spacing: bodySpacing(ctx.style), indent: { left: ROLE_INDENT[line.role] } },
        runXml({ text: line.text }),
      ),
    )
    .join("");
}

function caseNumberXml(doc: OrderDoc, ctx: DocxContext): string {
  return paragraphXml(
    { keepLines: true, spacing: bodySpacing(ctx.style) },
    runXml({ text: doc.caption.caseNumberLine }),
  );
}

function cellXml(width: number, borders: Sides, content: string, cellMargins?: Margins, centered = false): string {
  const properties = `<w:tcW w:type="dxa" w:w="${width}"/><w:tcBorders>${sides(borders)}</w:tcBorders>${cellMargins ? `<w:tcMar>${margins(cellMargins)}</w:tcMar>` : ""}${
    centered ? '<w:vAlign w:val="center"/>' : ""
  }`;
  return `<w:tc><w:tcPr>${properties}</w:tcPr>${content}</w:tc>`;
}

/** The caption table `table()` in caption-elements.ts builds: fixed layout, no borders, no cell margins, one row that never splits. */
function tableXml(ctx: DocxContext, share: number, cells: (leftWidth: number, rightWidth: number) => string): string {
  const width = textWidthTwips(ctx.style);
  const leftWidth = Math.round(width * share);
  const none = `${sides({ top: NONE, left: NONE, bottom: NONE, right: NONE })}${borderXml("insideH", NONE)}${borderXml("insideV", NONE)}`;
  return (
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${width}"/><w:tblBorders>${none}</w:tblBorders><w:tblLayout w:type="fixed"/>` +
    `<w:tblCellMar>${margins({ top: 0, left: 0, bottom: 0, right: 0 })}</w:tblCellMar></w:tblPr>` +
    `<w:tblGrid><w:gridCol w:w="${leftWidth}"/><w:gridCol w:w="${width - leftWidth}"/></w:tblGrid>` +
    `<w:tr><w:trPr><w:cantSplit/></w:trPr>${cells(leftWidth, width - leftWidth)}</w:tr></w:tbl>`
  );
}

function twoColumnXml(doc: OrderDoc, ctx: DocxContext): string {
  const width = textWidthTwips(ctx.style);
  const half = Math.round(width / 2);
  return tableXml(
    ctx,
    0.5,
    () =>
      cellXml(half, { top: NONE, left: NONE, bottom: NONE, right: RULE }, partyXml(doc, ctx), {
        top: 0,
        left: 0,
        bottom: 0,
        right: 115,
      }) +
      cellXml(
        width - half,
        { top: NONE, left: NONE, bottom: NONE, right: NONE },
        caseNumberXml(doc, ctx) + titleXml(doc, ctx, "left", false),
        {
          top: 0,
          left: 288,
          bottom: 0,
          right: 0,
        },
      ),
  );
}

function stackedXml(doc: OrderDoc, ctx: DocxContext): string {
  const none = { top: NONE, left: NONE, bottom: NONE, right: NONE };
  return tableXml(
    ctx,
    0.55,
    (leftWidth, rightWidth) =>
      cellXml(leftWidth, none, partyXml(doc, ctx)) +
      cellXml(rightWidth, none, caseNumberXml(doc, ctx), { top: 0, left: 288, bottom: 0, right: 0 }, true),
  );
}

function courtLinesXml(doc: OrderDoc, ctx: DocxContext): string {
  const lines = doc.caption.courtLines;
  return lines
    .map((line, i) =>
      paragraphXml(
        {
          keepNext: true,
          spacing: {
            ...bodySpacing(ctx.style),
            ...(i === lines.length - 1 ? { after: bodyLineTwips(ctx.style) } : {}),
          },
          alignment: AlignmentType.CENTER,
        },
        runXml({ text: line.toUpperCase(), bold: true }),
      ),
    )
    .join("");
}

/** The XML of `captionElements` (caption-elements.ts): court lines, caption table, title or blank line. */
export function captionXml(doc: OrderDoc, ctx: DocxContext): string {
  const court = courtLinesXml(doc, ctx);
  if (ctx.style.captionLayout === "two-column")
    return court + twoColumnXml(doc, ctx) + paragraphXml({ spacing: bodySpacing(ctx.style) }, "");
  return court + stackedXml(doc, ctx) + titleXml(doc, ctx, "center", true);
}
