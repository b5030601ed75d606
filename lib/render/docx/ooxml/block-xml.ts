import { AlignmentType } from "docx";
import type { Block } from "@/lib/order-doc/types";
import { capsInlines } from "../../caps-inlines";
import { headingFormat } from "../../heading-format";
import { listItemLabel } from "../../list-item-label";
import type { BlockOptions } from "../block-paragraphs";
import type { DocxContext } from "../docx-context";
import type { RunFormat } from "../inline-runs";
import { bodySpacing, footnoteSizeHalfPoints, footnoteSpacing, singleSpacing } from "../paragraph-spacing";
import { INDENT_STEP } from "../units";
import { inlineXml } from "./inline-xml";
import { paragraphXml } from "./paragraph-xml";
import { runXml } from "./run-xml";

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, justify: AlignmentType.JUSTIFIED } as const;

type HeadingBlock = Extract<Block, { kind: "heading" }>;

/** The XML of `headingParagraph` (heading-paragraph.ts). */
function headingXml(block: HeadingBlock, label: string | undefined, ctx: DocxContext): string {
  const format = headingFormat(block.level, ctx.style.headingStyle);
  const content = format.caps ? capsInlines(block.content) : block.content;
  const runs = inlineXml(content, ctx, { marks: ["bold"] });
  const left = format.indentSteps * INDENT_STEP;
  return paragraphXml(
    {
      keepNext: true,
      keepLines: true,
      spacing: bodySpacing(ctx.style),
      indent: label ? { left: left + INDENT_STEP, hanging: INDENT_STEP } : { left },
      alignment: format.align === "center" ? AlignmentType.CENTER : AlignmentType.LEFT,
      outlineLevel: block.level - 1,
    },
    label ? runXml({ text: label, bold: true }) + runXml({ tab: true }) + runs : runs,
  );
}

/**
 * The XML of the paragraphs `blockParagraphs` (block-paragraphs.ts) builds for the same block:
 * the two must change together, and render-parity tests compare them byte for byte.
 */
export function blockXml(block: Block, ctx: DocxContext, options: BlockOptions = {}): string {
  const footnote = options.tone === "footnote";
  const format: RunFormat = footnote ? { size: footnoteSizeHalfPoints(ctx.style), inFootnote: true } : {};
  const spacing = footnote ? footnoteSpacing() : bodySpacing(ctx.style);
  const keep = options.keepNext ? { keepNext: true, keepLines: true } : {};
  switch (block.kind) {
    case "heading":
      if (!footnote) return headingXml(block, options.label, ctx);
      return paragraphXml({ keepNext: true, spacing }, inlineXml(block.content, ctx, { ...format, marks: ["bold"] }));
    case "paragraph":
      return paragraphXml(
        {
          ...(block.keepWithNext ? { keepNext: true, keepLines: true } : {}),
          ...keep,
          spacing,
          ...(block.indent ? { indent: { firstLine: INDENT_STEP } } : {}),
          ...(block.align ? { alignment: ALIGN[block.align] } : {}),
        },
        inlineXml(block.content, ctx, format),
      );
    case "blockQuote":
      return paragraphXml(
        {
          ...keep,
          spacing: footnote ? spacing : singleSpacing(ctx.style),
          indent: { left: INDENT_STEP, right: INDENT_STEP },
        },
        inlineXml(block.content, ctx, format),
      );
    case "list":
      return block.items
        .map((item, i) =>
          paragraphXml(
            { ...keep, spacing, indent: { left: 2 * INDENT_STEP, hanging: INDENT_STEP } },
            runXml({ text: listItemLabel(block.ordered, i), ...(format.size ? { size: format.size } : {}) }) +
              runXml({ tab: true }) +
              inlineXml(item, ctx, format),
          ),
        )
        .join("");
  }
}
