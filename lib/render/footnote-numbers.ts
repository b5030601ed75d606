import type { Block, Inline, OrderDoc } from "@/lib/order-doc/types";

/** Footnote ids in the order they are first referenced, with their printed numbers (1-based). */
export type FootnoteNumbers = {
  /** Ids in print order: `order[0]` is footnote 1. */
  order: string[];
  /** The printed number of a referenced footnote. */
  numberOf: (footnoteId: string) => number;
};

function* inlineFootnoteIds(content: readonly Inline[]): Generator<string> {
  for (const inline of content) {
    if (inline.kind === "footnoteRef") yield inline.footnoteId;
    else if ((inline.kind === "cite" || inline.kind === "docket") && inline.printed)
      yield* inlineFootnoteIds(inline.printed);
  }
}

function* blockFootnoteIds(block: Block): Generator<string> {
  if (block.kind === "list") for (const item of block.items) yield* inlineFootnoteIds(item);
  else yield* inlineFootnoteIds(block.content);
}

/**
 * Numbers the footnotes of an order in reading order of their first reference (title docket
 * reference, then the body), as Word does. Footnotes never referenced are not printed.
 * A reference to a footnote id missing from `doc.footnotes` is a programmer error and throws.
 *
 * @example footnoteNumbers(doc).numberOf("stay-moot") // → 1
 */
export function footnoteNumbers(doc: OrderDoc): FootnoteNumbers {
  const order: string[] = [];
  const numbers = new Map<string, number>();
  const visit = (id: string): void => {
    if (!Object.hasOwn(doc.footnotes, id)) throw new Error(`Footnote reference to unknown footnote id "${id}"`);
    if (numbers.has(id)) return;
    order.push(id);
    numbers.set(id, order.length);
  };
  for (const id of inlineFootnoteIds(doc.titleDocketRef ?? [])) visit(id);
  for (const block of doc.body) for (const id of blockFootnoteIds(block)) visit(id);
  return {
    order,
    numberOf: (footnoteId) => {
      const n = numbers.get(footnoteId);
      if (n === undefined) throw new Error(`Footnote "${footnoteId}" is not referenced in the order`);
      return n;
    },
  };
}
