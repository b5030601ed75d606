import { AlignmentType, Paragraph, TextRun, type ParagraphChild } from "docx";
import type { OrderDoc } from "@/lib/order-doc/types";
import { titleLayout } from "../title-layout";
import type { DocxContext } from "./docx-context";
import { hookedRuns } from "./docx-hooks";
import { inlineRuns } from "./inline-runs";
import { bodyLineTwips, bodySpacing } from "./paragraph-spacing";

/**
 * The title in bold capitals (its lines joined by line breaks) and the motion's docket
 * reference, either after the title text ("(ECF No. 173)") or as a line of its own under it
 * ("[Doc. No. 49]"), then the judge's line where the chambers prints it under the title
 * (S.D.N.Y.). `align` is "center" below a stacked caption, "left" in a caption's right cell.
 * One blank line comes before the title; `gapAfter` adds one after the last of these lines.
 */
export function titleParagraphs(
  doc: OrderDoc,
  ctx: DocxContext,
  align: "left" | "center",
  gapAfter: boolean,
): Paragraph[] {
  const layout = titleLayout(doc, ctx.style);
  const line = bodyLineTwips(ctx.style);
  const alignment = align === "center" ? AlignmentType.CENTER : AlignmentType.LEFT;
  const titleRuns: ParagraphChild[] = layout.lines.flatMap((text, i) =>
    hookedRuns(ctx, { text, bold: true, ...(i > 0 ? { break: 1 } : {}) }, { kind: "line", part: "title", index: i }),
  );
  const ref = layout.docketRef ? inlineRuns(layout.docketRef, ctx) : undefined;
  const ownLine = ref !== undefined && layout.docketRefPlacement === "own-line";
  if (ref && !ownLine) titleRuns.push(new TextRun({ text: " ", bold: true }), ...ref);
  const lines: { children: ParagraphChild[]; before?: number }[] = [{ children: titleRuns, before: line }];
  if (ref && ownLine) lines.push({ children: ref });
  const judge = doc.caption.judgeUnderTitle;
  if (judge !== undefined)
    lines.push({ children: hookedRuns(ctx, { text: judge }, { kind: "line", part: "title-judge", index: 0 }) });
  return lines.map(
    ({ children, before }, i) =>
      new Paragraph({
        children,
        alignment,
        spacing: {
          ...bodySpacing(ctx.style, before !== undefined ? { before } : {}),
          ...(gapAfter && i === lines.length - 1 ? { after: line } : {}),
        },
        ...(i === 0 ? { keepNext: true, keepLines: true } : {}),
      }),
  );
}
