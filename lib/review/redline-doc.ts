import type { Block, OrderDoc } from "@/lib/order-doc/types";
import { footnoteNumbers } from "@/lib/render/footnote-numbers";
import { headingLabels } from "@/lib/render/heading-labels";
import type { StyleProfile } from "@/lib/style/style-profile";
import { mergeBlocks } from "./merge-blocks";
import { mergeFixedLines, type LineRedlines } from "./merge-fixed-lines";
import { mergeInlines } from "./merge-inlines";
import { editBudget } from "./word-diff";

/** The order both revisions merge into, its words marked as tracked changes, and its fixed lines' redlines. */
export type RedlineDoc = { doc: OrderDoc; lines: LineRedlines };

/**
 * Merges two revisions of an order into one whose inlines and blocks carry tracked-change tags
 * (`revision-tag.ts`) for the DOCX builder's hooks: the body and each footnote lined up block by
 * block and diffed word by word, the title's docket reference diffed, and the caption, title and
 * signature lines recorded line by line. A deleted footnote keeps its reference (as a deleted
 * reference) unless the later revision refers to it too.
 */
export function redlineDoc(before: OrderDoc, after: OrderDoc, style: StyleProfile): RedlineDoc {
  const referencedAfter = new Set(footnoteNumbers(after).order);
  const options = { keepDeletedRef: (id: string) => !referencedAfter.has(id), budget: editBudget() };
  const body = mergeBlocks(
    before.body,
    after.body,
    { before: headingLabels(before.body, style.headingStyle), after: headingLabels(after.body, style.headingStyle) },
    style,
    options,
  );
  const footnotes: Record<string, Block[]> = {};
  for (const id of new Set([...Object.keys(after.footnotes), ...Object.keys(before.footnotes)])) {
    footnotes[id] = mergeBlocks(
      before.footnotes[id] ?? [],
      after.footnotes[id] ?? [],
      { before: [], after: [] },
      style,
      options,
    );
  }
  const ref =
    before.titleDocketRef || after.titleDocketRef
      ? mergeInlines(before.titleDocketRef ?? [], after.titleDocketRef ?? [], options)
      : [];
  const fixed = mergeFixedLines(before, after, style);
  const doc: OrderDoc = {
    ...after,
    caption: fixed.caption,
    title: fixed.title,
    ...(ref.length > 0 ? { titleDocketRef: ref } : {}),
    body,
    footnotes,
    signature: fixed.signature,
  };
  return { doc, lines: fixed.redlines };
}
