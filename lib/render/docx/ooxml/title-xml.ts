import { AlignmentType } from "docx";
import type { OrderDoc } from "@/lib/order-doc/types";
import { titleLayout } from "../../title-layout";
import type { DocxContext } from "../docx-context";
import { bodyLineTwips, bodySpacing } from "../paragraph-spacing";
import { inlineXml } from "./inline-xml";
import { paragraphXml } from "./paragraph-xml";
import { runXml } from "./run-xml";

/** The XML of `titleParagraphs` (title-paragraphs.ts). */
export function titleXml(doc: OrderDoc, ctx: DocxContext, align: "left" | "center", gapAfter: boolean): string {
  const layout = titleLayout(doc, ctx.style);
  const line = bodyLineTwips(ctx.style);
  const alignment = align === "center" ? AlignmentType.CENTER : AlignmentType.LEFT;
  let titleRuns = layout.lines.map((text, i) => runXml({ text, bold: true, ...(i > 0 ? { break: 1 } : {}) })).join("");
  const ref = layout.docketRef ? inlineXml(layout.docketRef, ctx) : undefined;
  const ownLine = ref !== undefined && layout.docketRefPlacement === "own-line";
  if (ref !== undefined && !ownLine) titleRuns += runXml({ text: " ", bold: true }) + ref;
  const spacing =
    gapAfter && !ownLine
      ? { ...bodySpacing(ctx.style, { before: line }), after: line }
      : bodySpacing(ctx.style, { before: line });
  const title = paragraphXml({ keepNext: true, keepLines: true, spacing, alignment }, titleRuns);
  if (!ownLine || ref === undefined) return title;
  const refSpacing = bodySpacing(ctx.style);
  return title + paragraphXml({ spacing: gapAfter ? { ...refSpacing, after: line } : refSpacing, alignment }, ref);
}
