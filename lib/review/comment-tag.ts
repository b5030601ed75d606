import type { Block, Inline } from "@/lib/order-doc/types";

/** The Word comment ranges that start before, and end after, an inline's or a block's text. */
export type CommentMarks = { starts: number[]; ends: number[] };

// Symbol-keyed, so the marks ride along when the renderer copies an inline or block with a
// spread (capital headings) and never show up in the order model's fields.
const COMMENT_MARKS = Symbol("comment-marks");
type Marked = { [COMMENT_MARKS]?: CommentMarks };

const NONE: CommentMarks = { starts: [], ends: [] };

/** The comment marks of an inline or block (none when it has none). */
export function commentMarksOf(node: Inline | Block): CommentMarks {
  return (node as Marked)[COMMENT_MARKS] ?? NONE;
}

/** A copy of the inline or block with the given marks in place of its own. */
export function withCommentMarks<T extends Inline | Block>(node: T, marks: CommentMarks): T {
  return { ...node, [COMMENT_MARKS]: marks };
}

/** A copy with comment `id` added: its range starting before (`"start"`) or ending after (`"end"`) the node. */
export function addCommentMark<T extends Inline | Block>(node: T, id: number, edge: "start" | "end"): T {
  const marks = commentMarksOf(node);
  return withCommentMarks(
    node,
    edge === "start" ? { ...marks, starts: [...marks.starts, id] } : { ...marks, ends: [...marks.ends, id] },
  );
}
