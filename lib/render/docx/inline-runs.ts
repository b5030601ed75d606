import { FootnoteReference, FootnoteReferenceRun, UnderlineType, type IRunOptions, type ParagraphChild } from "docx";
import type { Inline, Mark } from "@/lib/order-doc/types";
import { printedContent } from "../printed-content";
import type { DocxContext } from "./docx-context";
import { hookedRuns } from "./docx-hooks";

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

function textRunOptions(text: string, format: RunFormat): IRunOptions {
  const marks = format.marks ?? [];
  return {
    text,
    ...(marks.includes("italic") ? { italics: true } : {}),
    ...(marks.includes("bold") ? { bold: true } : {}),
    ...(marks.includes("underline") ? { underline: { type: UnderlineType.SINGLE } } : {}),
    ...(format.highlight ? { highlight: "yellow" as const } : {}),
    ...(format.size ? { size: format.size } : {}),
  };
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
        return hookedRuns(
          ctx,
          textRunOptions(inline.text, { ...format, marks: [...(format.marks ?? []), ...(inline.marks ?? [])] }),
          { kind: "inline", inline },
        );
      case "lineBreak":
        return hookedRuns(ctx, { break: 1 }, { kind: "inline", inline });
      case "footnoteRef": {
        const n = ctx.footnotes.numberOf(inline.footnoteId);
        const source = { kind: "inline", inline } as const;
        if (format.inFootnote)
          return hookedRuns(
            ctx,
            { text: String(n), superScript: true, ...(format.size ? { size: format.size } : {}) },
            source,
          );
        // The same run as FootnoteReferenceRun, as options a review hook can rebuild (e.g. as a tracked insertion).
        return hookedRuns(
          ctx,
          { style: "FootnoteReference", children: [new FootnoteReference(n)] },
          source,
          () => new FootnoteReferenceRun(n),
        );
      }
      case "cite":
      case "docket": {
        const printed = printedContent(inline);
        return inlineRuns(printed.content, ctx, { ...format, highlight: format.highlight || printed.placeholder });
      }
    }
  });
}
