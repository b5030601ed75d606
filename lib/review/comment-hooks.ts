import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  TextRun,
  type IRunOptions,
  type ParagraphChild,
} from "docx";
import type { DocxHooks } from "@/lib/render/docx";
import { commentMarksOf, type CommentMarks } from "./comment-tag";

/** The run that shows a comment's mark in the text, after its range ends. */
const referenceRun = (id: number) => new TextRun({ children: [new CommentReference(id)] });

const before = (marks: CommentMarks): ParagraphChild[] => marks.starts.map((id) => new CommentRangeStart(id));
const after = (marks: CommentMarks): ParagraphChild[] =>
  marks.ends.flatMap((id) => [new CommentRangeEnd(id), referenceRun(id)]);

/**
 * The DOCX hooks that print comment ranges marked by `anchorComments`: a quoted passage's range
 * around its runs; a whole block's range from the start of its first paragraph to the end of its
 * last, each followed by the comment's reference mark.
 */
export function commentHooks(): DocxHooks {
  return {
    runs(options: IRunOptions, source) {
      if (source.kind !== "inline") return undefined;
      const marks = commentMarksOf(source.inline);
      if (marks.starts.length === 0 && marks.ends.length === 0) return undefined;
      return [...before(marks), new TextRun(options), ...after(marks)];
    },
    paragraph(options, block, item) {
      const marks = commentMarksOf(block);
      if (marks.starts.length === 0 && marks.ends.length === 0) return options;
      const last = block.kind === "list" ? block.items.length - 1 : 0;
      const children = [
        ...(item === 0 ? before(marks) : []),
        ...(options.children ?? []),
        ...(item === last ? after(marks) : []),
      ];
      return { ...options, children };
    },
  };
}
