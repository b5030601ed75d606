import { Paragraph, TextRun, type IParagraphOptions, type IRunOptions, type ParagraphChild } from "docx";
import type { Block, Inline } from "@/lib/order-doc/types";
import type { DocxContext } from "./docx-context";

/** Where the text of a run comes from, so a review hook can find its own data for it. */
export type RunSource =
  /** A text, line break or footnote reference of the model (body, footnotes, the title's docket reference). */
  | { kind: "inline"; inline: Inline }
  /** A heading's number ("I.") or a list item's label ("1."), and (`tab`) the tab after it. */
  | { kind: "label"; block: Block; item: number; tab?: true }
  /** A fixed line of the caption, the title or the signature (`index`: its place among its part's lines). */
  | {
      kind: "line";
      part: "court" | "party" | "case-number" | "caption" | "title" | "title-judge" | "signature";
      index: number;
    };

/**
 * Optional hooks for the review renderers (Word comments, tracked changes). The normal order
 * passes none and is built exactly as without them.
 */
export type DocxHooks = {
  /**
   * The runs for one piece of text, given the options the builder would make its run from.
   * Return `undefined` to keep the builder's own run.
   */
  runs?: (options: IRunOptions, source: RunSource) => ParagraphChild[] | undefined;
  /** The options of each paragraph a body or footnote block prints as (`item`: the list item, else 0). */
  paragraph?: (options: IParagraphOptions, block: Block, item: number) => IParagraphOptions;
};

/** The runs for a piece of text: the hook's, or the builder's own (`build`, by default a TextRun). */
export function hookedRuns(
  ctx: DocxContext,
  options: IRunOptions,
  source: RunSource,
  build: () => ParagraphChild = () => new TextRun(options),
): ParagraphChild[] {
  return ctx.hooks?.runs?.(options, source) ?? [build()];
}

/** A body or footnote block's paragraph, after the paragraph hook (if any) has seen its options. */
export function hookedParagraph(ctx: DocxContext, options: IParagraphOptions, block: Block, item = 0): Paragraph {
  return new Paragraph(ctx.hooks?.paragraph ? ctx.hooks.paragraph(options, block, item) : options);
}
