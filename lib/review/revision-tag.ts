import type { Block, Inline } from "@/lib/order-doc/types";
import type { RedlinePart } from "./types";

/** A tracked change: inserted or deleted. */
export type Revision = "ins" | "del";

/** What the tracked-change hooks need to know about a block of the merged (redline) order. */
export type BlockRevision = {
  /** The whole block was inserted or deleted (its paragraph marks too). */
  status?: Revision;
  /** A list's items inserted or deleted one by one (index: the merged list's item). */
  items?: (Revision | undefined)[];
  /** The printed label of a heading (item 0) or of each list item, as a redline ("II." → "III."). */
  labels?: (RedlinePart[] | undefined)[];
};

// Symbol-keyed, so the tags ride along when the renderer copies an inline or block with a spread
// (capital headings, a footnote's leading space) and never show up in the order model's fields.
const INLINE_REVISION = Symbol("inline-revision");
const BLOCK_REVISION = Symbol("block-revision");

type TaggedInline = Inline & { [INLINE_REVISION]?: Revision };
type TaggedBlock = Block & { [BLOCK_REVISION]?: BlockRevision };

/** A copy of the inline marked as inserted or deleted. */
export function withRevision<T extends Inline>(inline: T, revision: Revision): T {
  return { ...inline, [INLINE_REVISION]: revision };
}

/** The inline's tracked change, if it has one. */
export function revisionOf(inline: Inline): Revision | undefined {
  return (inline as TaggedInline)[INLINE_REVISION];
}

/** A copy of the block carrying its tracked-change details. */
export function withBlockRevision<T extends Block>(block: T, revision: BlockRevision): T {
  return { ...block, [BLOCK_REVISION]: revision };
}

/** The block's tracked-change details, if it has any. */
export function blockRevisionOf(block: Block): BlockRevision | undefined {
  return (block as TaggedBlock)[BLOCK_REVISION];
}
