/**
 * The readable redline of an order: what changed in its printed text from one revision to the
 * next, block by block and, inside a changed block, word by word.
 */
import type { TextBlockWhere } from "@/lib/render/order-text-blocks";

/** A stretch of text in a redline: kept, inserted or deleted. */
export type RedlinePart = { kind: "same" | "ins" | "del"; text: string };

/** How one printed block fared between the two revisions. */
export type RedlineStatus = "unchanged" | "inserted" | "deleted" | "changed";

/**
 * Where a block prints (see `orderTextBlocks`). A body block also carries `paragraph`, its place
 * among its section's non-heading blocks (1-based), so the UI can say "Background, paragraph 2".
 */
export type RedlineWhere =
  Exclude<TextBlockWhere, { part: "body" }> | (Extract<TextBlockWhere, { part: "body" }> & { paragraph?: number });

/**
 * One printed block (a caption line, a title line, a body block, a signature line or a
 * footnote). `where` is its place in the later revision (the earlier one for a deleted block);
 * `beforeWhere` is its place in the earlier revision when it was changed. `parts` joined in order
 * give both texts: "same" + "del" is the earlier text, "same" + "ins" the later.
 *
 * @example { status: "changed", where: { part: "body", … }, parts: [{ kind: "same", text: "The Court " }, { kind: "del", text: "DENIES" }, { kind: "ins", text: "GRANTS" }, …] }
 */
export type RedlineBlock = {
  status: RedlineStatus;
  where: RedlineWhere;
  beforeWhere?: RedlineWhere;
  parts: RedlinePart[];
};

/** Counts for the redline's heading line ("12 words inserted, 3 deleted, 2 paragraphs changed"). */
export type RedlineSummary = {
  wordsInserted: number;
  wordsDeleted: number;
  blocksChanged: number;
  blocksInserted: number;
  blocksDeleted: number;
  blocksUnchanged: number;
};

/** The redline of two revisions of an order, in reading order. */
export type OrderRedline = { blocks: RedlineBlock[]; summary: RedlineSummary };

/** Props of the redline view (`components/versions/redline-view.tsx`): plain data, safe to pass to a client component. */
export type RedlineViewProps = {
  redline: OrderRedline;
  /** Heading of the view, e.g. "Changes from revision 2 to revision 3". */
  title?: string;
};
