import type { Block, OrderDoc } from "@/lib/order-doc/types";
import { inlinePlainText } from "@/lib/render/block-plain-text";
import { addCommentMark } from "./comment-tag";
import { findQuote, markQuote } from "./mark-quote";
import type { CommentAnchor } from "./review-comment";

/**
 * The body block a comment anchors on: the block at `blockIndex` when it is still in the
 * anchor's section (the order may have changed since the comment was written), else the
 * section's first block, else the first block of the body. `undefined` for an empty body.
 */
export function anchorBlockIndex(doc: OrderDoc, anchor: CommentAnchor): number | undefined {
  const at = anchor.blockIndex;
  if (at !== undefined && doc.body[at]?.section === anchor.section) return at;
  const first = doc.body.findIndex((block) => block.section === anchor.section);
  if (first >= 0) return first;
  return doc.body.length > 0 ? 0 : undefined;
}

/** The block with comment `id`'s range around just the quoted passage, or `undefined` when the quote is not in it. */
function markQuoteInBlock(block: Block, quote: string, id: number): Block | undefined {
  if (block.kind === "list") {
    for (const [i, item] of block.items.entries()) {
      const range = findQuote(inlinePlainText(item), quote);
      const marked = range && markQuote(item, range, id);
      if (marked) return { ...block, items: block.items.map((other, j) => (j === i ? marked : other)) };
    }
    return undefined;
  }
  const range = findQuote(inlinePlainText(block.content), quote);
  const marked = range && markQuote(block.content, range, id);
  return marked ? { ...block, content: marked } : undefined;
}

/**
 * The order with each comment's range marked (`comment-tag.ts`) for the DOCX comment hooks:
 * around the quoted passage when the anchor quotes text found in its block, else around the
 * whole block. The Word comment id of `anchors[i]` is `i`; comments with nowhere to go
 * (an empty body) are returned, by id, in `unplaced`.
 */
export function anchorComments(
  doc: OrderDoc,
  anchors: readonly CommentAnchor[],
): { doc: OrderDoc; unplaced: number[] } {
  const body = [...doc.body];
  const unplaced: number[] = [];
  anchors.forEach((anchor, id) => {
    const at = anchorBlockIndex(doc, anchor);
    const block = at === undefined ? undefined : body[at];
    if (at === undefined || !block) {
      unplaced.push(id);
      return;
    }
    const quoted = anchor.quote ? markQuoteInBlock(block, anchor.quote, id) : undefined;
    body[at] = quoted ?? addCommentMark(addCommentMark(block, id, "start"), id, "end");
  });
  return { doc: { ...doc, body }, unplaced };
}
