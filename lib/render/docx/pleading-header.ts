import {
  AlignmentType,
  Header,
  HorizontalPositionRelativeFrom,
  LineRuleType,
  Paragraph,
  TextRun,
  TextWrappingType,
  VerticalPositionRelativeFrom,
} from "docx";
import { ShapeRun } from "docx/shapes";
import type { StyleProfile } from "@/lib/style/style-profile";
import { FormattedOnceParagraph } from "./formatted-once";
import { PLEADING_LINES, PLEADING_PITCH_PT, pageGeometry } from "./page-setup";
import { PIXELS_PER_POINT, pointsToEmu } from "./units";

/** Left edge and width of the line-number box, and the positions of the double rule, in inches from the page's left edge. */
const NUMBER_BOX = { left: 0.6, width: 0.55 };
const RULES_AT = [1.3, 1.34];

const floatingOnPage = (xInches: number, yPoints: number, zIndex: number) => ({
  horizontalPosition: { relative: HorizontalPositionRelativeFrom.PAGE, offset: pointsToEmu(xInches * 72) },
  verticalPosition: { relative: VerticalPositionRelativeFrom.PAGE, offset: pointsToEmu(yPoints) },
  behindDocument: true,
  allowOverlap: true,
  lockAnchor: true,
  wrap: { type: TextWrappingType.NONE },
  zIndex,
});

/**
 * The pleading-paper header. It prints nothing in the header band; it anchors, to the page,
 * (1) a borderless text box in the left margin holding the numbers 1-28 as 28 right-aligned
 * paragraphs at exactly 24 pt, its top at the top margin (where body line 1 starts), so each
 * number shares its baseline with a body line set at the same exact 24 pt; and (2) a double
 * vertical rule down the page to the right of the numbers. Because it lives in the header, it
 * repeats on every page, whatever the text. Word's own line numbering (w:lnNumType) is not used:
 * it counts text lines rather than printing a fixed 1-28. Built once per style (`styleParts`).
 */
export function pleadingHeader(style: StyleProfile): Header {
  const page = pageGeometry(style);
  const numbers = Array.from(
    { length: PLEADING_LINES },
    (_, i) =>
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        spacing: { line: PLEADING_PITCH_PT * 20, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
        children: [new TextRun({ text: String(i + 1) })],
      }),
  );
  const gridHeightPt = PLEADING_LINES * PLEADING_PITCH_PT;
  const box = new ShapeRun({
    type: "rectangle",
    transformation: {
      width: Math.round(NUMBER_BOX.width * 96),
      height: Math.round((gridHeightPt + 2) * PIXELS_PER_POINT),
    },
    line: "none",
    children: numbers,
    textOptions: { verticalAlignment: "top", margins: { top: 0, bottom: 0, left: 0, right: 0 }, wrap: true },
    floating: floatingOnPage(NUMBER_BOX.left, page.top * 72, 1),
    altText: { name: "Pleading line numbers", description: "Line numbers 1 to 28" },
  });
  const rules = RULES_AT.map(
    (x, i) =>
      new ShapeRun({
        type: "line",
        transformation: { width: 0, height: Math.round(page.height * 96) },
        line: { color: "000000", width: 0.75 },
        floating: floatingOnPage(x, 0, 2 + i),
        altText: { name: "Pleading rule", description: "" },
      }),
  );
  return new Header({
    children: [new FormattedOnceParagraph({ spacing: { before: 0, after: 0, line: 240 }, children: [box, ...rules] })],
  });
}
