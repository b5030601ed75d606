import { AlignmentType, Tab, type Paragraph } from "docx";
import type { Block } from "@/lib/order-doc/types";
import { capsInlines } from "../caps-inlines";
import { headingFormat } from "../heading-format";
import type { DocxContext } from "./docx-context";
import { hookedParagraph, hookedRuns } from "./docx-hooks";
import { inlineRuns } from "./inline-runs";
import { bodySpacing } from "./paragraph-spacing";
import { INDENT_STEP } from "./units";

type HeadingBlock = Extract<Block, { kind: "heading" }>;

/**
 * A heading paragraph: bold, kept with the next paragraph, with an outline level so Word's
 * navigation pane and PDF tags see the structure. A numbered heading ("I.", "A.", "1.") hangs
 * its label 0.5" before the text; "caps-centered" level 1 is centered in capitals.
 */
export function headingParagraph(block: HeadingBlock, label: string | undefined, ctx: DocxContext): Paragraph {
  const format = headingFormat(block.level, ctx.style.headingStyle);
  const content = format.caps ? capsInlines(block.content) : block.content;
  const runs = inlineRuns(content, ctx, { marks: ["bold"] });
  const left = format.indentSteps * INDENT_STEP;
  const labelRuns = label
    ? [
        ...hookedRuns(ctx, { text: label, bold: true }, { kind: "label", block, item: 0 }),
        ...hookedRuns(ctx, { children: [new Tab()] }, { kind: "label", block, item: 0, tab: true }),
      ]
    : [];
  return hookedParagraph(
    ctx,
    {
      children: [...labelRuns, ...runs],
      alignment: format.align === "center" ? AlignmentType.CENTER : AlignmentType.LEFT,
      indent: label ? { left: left + INDENT_STEP, hanging: INDENT_STEP } : { left },
      spacing: bodySpacing(ctx.style),
      keepNext: true,
      keepLines: true,
      outlineLevel: block.level - 1,
    },
    block,
  );
}
