import type { Block, Inline } from "@/lib/order-doc/types";
import { blockPlainText, inlinePlainText } from "@/lib/render/block-plain-text";
import { listItemLabel } from "@/lib/render/list-item-label";
import type { StyleProfile } from "@/lib/style/style-profile";
import { alignSequences } from "./align-sequences";
import { mergeInlines, type MergeInlinesOptions } from "./merge-inlines";
import { withBlockRevision, type BlockRevision, type Revision } from "./revision-tag";
import type { RedlinePart } from "./types";
import { wordDiff } from "./word-diff";

type ListBlock = Extract<Block, { kind: "list" }>;
/** A block with its printed number ("II.", from `headingLabels`) and printed text. */
type Printed = { block: Block; label: string | undefined; text: string };

const whole = (revision: Revision, text: string | undefined): RedlinePart[] | undefined =>
  text ? [{ kind: revision, text }] : undefined;
const labelParts = (before: string | undefined, after: string | undefined): RedlinePart[] | undefined =>
  before === undefined && after === undefined ? undefined : wordDiff(before ?? "", after ?? "");

/** The block, all of it inserted or deleted: every word, every paragraph mark, every label. */
function wholeBlock(printed: Printed, revision: Revision, options: MergeInlinesOptions): Block {
  const { block, label } = printed;
  const merge = (content: readonly Inline[]) =>
    revision === "ins" ? mergeInlines([], content, options) : mergeInlines(content, [], options);
  if (block.kind === "list") {
    return withBlockRevision(
      { ...block, items: block.items.map(merge) },
      {
        status: revision,
        items: block.items.map(() => revision),
        labels: block.items.map((_, i) => whole(revision, listItemLabel(block.ordered, i))),
      },
    );
  }
  return withBlockRevision(
    { ...block, content: merge(block.content) },
    { status: revision, labels: [whole(revision, label)] },
  );
}

/** A list changed item by item: items lined up by text, changed ones merged word by word. */
function mergeList(before: ListBlock, after: ListBlock, options: MergeInlinesOptions): Block {
  const index = (items: readonly Inline[][]) => items.map((item, i) => ({ item, i }));
  const items: Inline[][] = [];
  const revision: Required<Pick<BlockRevision, "items" | "labels">> = { items: [], labels: [] };
  for (const pair of alignSequences(index(before.items), index(after.items), ({ item }) => inlinePlainText(item))) {
    const b = "before" in pair ? pair.before : undefined;
    const a = "after" in pair ? pair.after : undefined;
    items.push(mergeInlines(b?.item ?? [], a?.item ?? [], options));
    revision.items.push(pair.status === "inserted" ? "ins" : pair.status === "deleted" ? "del" : undefined);
    revision.labels.push(labelParts(b && listItemLabel(before.ordered, b.i), a && listItemLabel(after.ordered, a.i)));
  }
  return withBlockRevision({ ...after, items }, revision);
}

/** Two revisions of a block of the same kind, merged word by word; the label as printed in each. */
function mergeBlock(before: Printed, after: Printed, options: MergeInlinesOptions): Block {
  const a = after.block;
  const b = before.block;
  if (a.kind === "list" && b.kind === "list") return mergeList(b, a, options);
  if (a.kind === "list" || b.kind === "list") throw new Error("mergeBlock: a list pairs only with a list");
  return withBlockRevision(
    { ...a, content: mergeInlines(b.content, a.content, options) },
    { labels: [labelParts(before.label, after.label)] },
  );
}

/**
 * The blocks of a redline order: both revisions' blocks lined up by printed text; kept blocks
 * as in `after` (headings keep their printed number, which the merged order would renumber),
 * changed ones merged word by word, inserted and deleted ones marked whole.
 */
export function mergeBlocks(
  before: readonly Block[],
  after: readonly Block[],
  labels: { before: readonly (string | undefined)[]; after: readonly (string | undefined)[] },
  style: StyleProfile,
  options: MergeInlinesOptions = {},
): Block[] {
  const printed = (blocks: readonly Block[], labelOf: readonly (string | undefined)[]): Printed[] =>
    blocks.map((block, i) => ({ block, label: labelOf[i], text: blockPlainText(block, labelOf[i], style) }));
  const pairs = alignSequences(
    printed(before, labels.before),
    printed(after, labels.after),
    (p) => p.text,
    (x, y) => x.block.kind === y.block.kind,
  );
  return pairs.map((pair): Block => {
    switch (pair.status) {
      case "unchanged":
        return pair.after.label
          ? withBlockRevision(pair.after.block, { labels: [[{ kind: "same", text: pair.after.label }]] })
          : pair.after.block;
      case "changed":
        return mergeBlock(pair.before, pair.after, options);
      case "inserted":
        return wholeBlock(pair.after, "ins", options);
      case "deleted":
        return wholeBlock(pair.before, "del", options);
    }
  });
}
