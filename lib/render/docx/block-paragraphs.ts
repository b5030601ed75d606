import { AlignmentType, Paragraph, Tab } from "docx";
import type { Block } from "@/lib/order-doc/types";
import { listItemLabel } from "../list-item-label";
import type { DocxContext, TextTone } from "./docx-context";
import { hookedParagraph, hookedRuns } from "./docx-hooks";
import { headingParagraph } from "./heading-paragraph";
import { inlineRuns, type RunFormat } from "./inline-runs";
import { bodySpacing, footnoteSizeHalfPoints, footnoteSpacing, singleSpacing } from "./paragraph-spacing";
import { INDENT_STEP } from "./units";

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, justify: AlignmentType.JUSTIFIED } as const;

/** Options of `blockParagraphs`. */
export type BlockOptions = {
  /** The heading's number ("I.", "A."), from `headingLabels`. */
  label?: string;
  /** Body (default) or footnote text. */
  tone?: TextTone;
  /** Keep this block on the same page as the next (the closing paragraph before the signature). */
  keepNext?: boolean;
};

/**
 * Maps one block of the model to Word paragraphs: headings; body paragraphs (first-line indent
 * 0.5" when `indent`); block quotes single-spaced and indented 0.5" on both sides; list items
 * with a hanging label ("1." or "•"). In footnotes everything is single-spaced and smaller.
 */
export function blockParagraphs(block: Block, ctx: DocxContext, options: BlockOptions = {}): Paragraph[] {
  const footnote = options.tone === "footnote";
  const format: RunFormat = footnote ? { size: footnoteSizeHalfPoints(ctx.style), inFootnote: true } : {};
  const spacing = footnote ? footnoteSpacing() : bodySpacing(ctx.style);
  const keep = options.keepNext ? { keepNext: true, keepLines: true } : {};
  switch (block.kind) {
    case "heading":
      if (!footnote) return [headingParagraph(block, options.label, ctx)];
      return [
        hookedParagraph(
          ctx,
          { children: inlineRuns(block.content, ctx, { ...format, marks: ["bold"] }), spacing, keepNext: true },
          block,
        ),
      ];
    case "paragraph":
      return [
        hookedParagraph(
          ctx,
          {
            children: inlineRuns(block.content, ctx, format),
            spacing,
            ...(block.indent ? { indent: { firstLine: INDENT_STEP } } : {}),
            ...(block.align ? { alignment: ALIGN[block.align] } : {}),
            ...(block.keepWithNext ? { keepNext: true, keepLines: true } : {}),
            ...keep,
          },
          block,
        ),
      ];
    case "blockQuote":
      return [
        hookedParagraph(
          ctx,
          {
            children: inlineRuns(block.content, ctx, format),
            spacing: footnote ? spacing : singleSpacing(ctx.style),
            indent: { left: INDENT_STEP, right: INDENT_STEP },
            ...keep,
          },
          block,
        ),
      ];
    case "list":
      return block.items.map((item, i) =>
        hookedParagraph(
          ctx,
          {
            children: [
              ...hookedRuns(
                ctx,
                { text: listItemLabel(block.ordered, i), ...(format.size ? { size: format.size } : {}) },
                { kind: "label", block, item: i },
              ),
              ...hookedRuns(ctx, { children: [new Tab()] }, { kind: "label", block, item: i, tab: true }),
              ...inlineRuns(item, ctx, format),
            ],
            spacing,
            indent: { left: 2 * INDENT_STEP, hanging: INDENT_STEP },
            ...keep,
          },
          block,
          i,
        ),
      );
  }
}
