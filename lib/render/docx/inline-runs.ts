import { FootnoteReferenceRun, TextRun, UnderlineType, type ParagraphChild } from "docx";
import type { Inline, Mark } from "@/lib/order/types";
import { printedContent } from "../printed-content";
import type { DocxContext } from "./docx-context";

/** Formatting a run inherits from its paragraph or the token around it. */
export type RunFormat = {
  marks?: readonly Mark[];
  /** Size in half-points (footnote text); body runs take the document default. */
  size?: number;
  /** Yellow highlight: an unresolved citation or docket placeholder. */
  highlight?: boolean;
  /** Inside a footnote: a footnote reference there is printed as a superscript number. */
  inFootnote?: boolean;
};

function textRun(text: string, format: RunFormat): TextRun {
  const marks = format.marks ?? [];
  return new TextRun({
    text,
    ...(marks.includes("italic") ? { italics: true } : {}),
    ...(marks.includes("bold") ? { bold: true } : {}),
    ...(marks.includes("underline") ? { underline: { type: UnderlineType.SINGLE } } : {}),
    ...(format.highlight ? { highlight: "yellow" as const } : {}),
    ...(format.size ? { size: format.size } : {}),
  });
}

/**
 * Maps inline content to `docx` runs: text with italic/bold/underline marks, line breaks,
 * real Word footnote references (numbered by first reference), and cite/docket tokens as their
 * printed runs (or a highlighted placeholder when unresolved).
 */
export function inlineRuns(content: readonly Inline[], ctx: DocxContext, format: RunFormat = {}): ParagraphChild[] {
  return content.flatMap((inline): ParagraphChild[] => {
    switch (inline.kind) {
      case "text":
        return [textRun(inline.text, { ...format, marks: [...(format.marks ?? []), ...(inline.marks ?? [])] })];
      case "lineBreak":
        return [new TextRun({ break: 1 })];
      case "footnoteRef": {
        const n = ctx.footnotes.numberOf(inline.footnoteId);
        if (format.inFootnote) return [new TextRun({ text: String(n), superScript: true, ...(format.size ? { size: format.size } : {}) })];
        return [new FootnoteReferenceRun(n)];
      }
      case "cite":
      case "docket": {
        const printed = printedContent(inline);
        return inlineRuns(printed.content, ctx, { ...format, highlight: format.highlight || printed.placeholder });
      }
    }
  });
}
