import { Paragraph, type ICommentOptions } from "docx";
import type { OrderDoc } from "@/lib/order-doc/types";
import { buildDocxDocument, packDocx, renderDocx } from "@/lib/render/docx";
import type { StyleProfile } from "@/lib/style/style-profile";
import { anchorComments } from "./anchor-comments";
import { commentHooks } from "./comment-hooks";
import type { ReviewComment } from "./review-comment";

/** Options of `renderDocxWithComments`. */
export type CommentsDocxOptions = {
  /**
   * Include resolved comments too (as ordinary comments: docx 9 writes Word's "resolved" flag
   * only for threads of replies). Default false: the Word file carries the open review.
   */
  includeResolved?: boolean;
  /** The body alone (no caption, title or signature): a commented text that is not an order. */
  bodyOnly?: boolean;
};

/** "Jane Q. Clerk" → "JQC": what Word shows beside a comment when no initials are given. */
const initialsOf = (author: string) =>
  author
    .split(/\s+/)
    .map((word) => word.replace(/[^\p{L}]/gu, "").charAt(0))
    .join("")
    .toUpperCase()
    .slice(0, 4);

function wordComment(comment: ReviewComment, id: number): ICommentOptions {
  return {
    id,
    author: comment.author,
    initials: comment.initials ?? initialsOf(comment.author),
    date: comment.date,
    children: comment.body.split(/\r?\n/).map((line) => new Paragraph(line)),
  };
}

/**
 * The order as a Word file with the review's comments as real Word comments (word/comments.xml),
 * each anchored on its block of the body (or just the quoted passage in it, when the anchor
 * quotes text found there; see `anchorComments` for where a stale anchor goes). With no comments
 * the file is `renderDocx`'s.
 *
 * @example await renderDocxWithComments(doc, style, [{ id: "c1", anchor: { section: "discussion", blockIndex: 12 }, body: "Cite the Ninth Circuit here.", author: "Judge", date }])
 */
export async function renderDocxWithComments(
  doc: OrderDoc,
  style: StyleProfile,
  comments: readonly ReviewComment[],
  options: CommentsDocxOptions = {},
): Promise<Uint8Array> {
  const shown = comments.filter((comment) => options.includeResolved === true || comment.resolved !== true);
  if (shown.length === 0 && options.bodyOnly !== true) return renderDocx(doc, style);
  const anchored = anchorComments(
    doc,
    shown.map((comment) => comment.anchor),
  );
  const placed = shown.flatMap((comment, i) => (anchored.unplaced.includes(i) ? [] : [wordComment(comment, i)]));
  const document = buildDocxDocument(anchored.doc, style, {
    hooks: commentHooks(),
    comments: { children: placed },
    ...(options.bodyOnly ? { bodyOnly: true } : {}),
  });
  return packDocx(document);
}
