import type { OrderDoc } from "@/lib/order-doc/types";
import { orderTextBlocks, type OrderTextBlock, type TextBlockWhere } from "@/lib/render/order-text-blocks";
import { DEFAULT_STYLE, type StyleProfile } from "@/lib/style/style-profile";
import { alignSequences } from "./align-sequences";
import type { OrderRedline, RedlineBlock, RedlineSummary, RedlineWhere } from "./types";
import { editBudget, wordCount, wordDiff } from "./word-diff";

/** The parts of the order aligned separately, so a caption line never pairs with a footnote. */
const GROUPS: Record<TextBlockWhere["part"], number> = {
  court: 0,
  party: 0,
  "case-number": 0,
  caption: 0,
  "caption-divider": 0,
  title: 1,
  "title-ref": 1,
  "title-judge": 1,
  body: 2,
  signature: 3,
  footnote: 4,
};

/** The printed blocks of an order, body blocks numbered within their section. */
function redlineBlocks(doc: OrderDoc, style: StyleProfile): { where: RedlineWhere; text: string }[] {
  const counts = new Map<string, number>();
  return orderTextBlocks(doc, style).map((block: OrderTextBlock) => {
    if (block.where.part !== "body" || block.where.kind === "heading") return block;
    const paragraph = (counts.get(block.where.section) ?? 0) + 1;
    counts.set(block.where.section, paragraph);
    return { ...block, where: { ...block.where, paragraph } };
  });
}

/** Blocks pair only within the same part (and a body block only with one of the same kind). */
function canPair(a: { where: RedlineWhere }, b: { where: RedlineWhere }): boolean {
  if (a.where.part !== b.where.part) return false;
  return a.where.part !== "body" || b.where.part !== "body" || a.where.kind === b.where.kind;
}

function summarize(blocks: readonly RedlineBlock[]): RedlineSummary {
  const summary: RedlineSummary = {
    wordsInserted: 0,
    wordsDeleted: 0,
    blocksChanged: 0,
    blocksInserted: 0,
    blocksDeleted: 0,
    blocksUnchanged: 0,
  };
  for (const block of blocks) {
    if (block.status === "changed") summary.blocksChanged++;
    else if (block.status === "inserted") summary.blocksInserted++;
    else if (block.status === "deleted") summary.blocksDeleted++;
    else summary.blocksUnchanged++;
    for (const part of block.parts) {
      if (part.kind === "ins") summary.wordsInserted += wordCount(part.text);
      if (part.kind === "del") summary.wordsDeleted += wordCount(part.text);
    }
  }
  return summary;
}

/**
 * The readable redline of two revisions of an order: every printed block (caption lines, title,
 * body blocks, signature lines, footnotes) in reading order, marked unchanged, inserted, deleted
 * or changed, with a word-level diff of each changed block. Blocks are lined up by their printed
 * text first (as `orderPlainText` prints them, without footnote marks, so renumbered footnotes
 * are not changes), then similar blocks between kept ones are paired and diffed word by word.
 *
 * @example orderRedline(v2, v3).summary // → { wordsInserted: 4, wordsDeleted: 1, blocksChanged: 1, … }
 */
export function orderRedline(before: OrderDoc, after: OrderDoc, style: StyleProfile = DEFAULT_STYLE): OrderRedline {
  const left = redlineBlocks(before, style);
  const right = redlineBlocks(after, style);
  const blocks: RedlineBlock[] = [];
  const budget = editBudget();
  for (let group = 0; group <= 4; group++) {
    const inGroup = (block: { where: RedlineWhere }) => GROUPS[block.where.part] === group;
    for (const pair of alignSequences(left.filter(inGroup), right.filter(inGroup), (block) => block.text, canPair)) {
      switch (pair.status) {
        case "unchanged":
          blocks.push({
            status: "unchanged",
            where: pair.after.where,
            parts: pair.after.text === "" ? [] : [{ kind: "same", text: pair.after.text }],
          });
          break;
        case "changed":
          blocks.push({
            status: "changed",
            where: pair.after.where,
            beforeWhere: pair.before.where,
            parts: wordDiff(pair.before.text, pair.after.text, { budget }),
          });
          break;
        case "inserted":
          blocks.push({ status: "inserted", where: pair.after.where, parts: [{ kind: "ins", text: pair.after.text }] });
          break;
        case "deleted":
          blocks.push({
            status: "deleted",
            where: pair.before.where,
            parts: [{ kind: "del", text: pair.before.text }],
          });
          break;
      }
    }
  }
  return { blocks, summary: summarize(blocks) };
}
