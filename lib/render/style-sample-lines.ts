import type { Inline, OrderDoc } from "@/lib/order-doc/types";
import type { StyleProfile } from "@/lib/style/style-profile";
import { inlinePlainText } from "./block-plain-text";
import { orderTextBlocks } from "./order-text-blocks";

/** An order's style in a few printed lines: the title, the first heading, the decree, a docket cite. */
export type StyleSampleLines = { title: string; heading?: string; decree: string; docketCite?: string };

/** The first docket reference of a paragraph, as printed. */
function firstDocketCite(content: readonly Inline[]): string | undefined {
  const ref = content.find((inline) => inline.kind === "docket");
  return ref ? inlinePlainText([ref]) : undefined;
}

/** The lines of an order a chambers' style changes most, printed as the plain-text renderer prints them. */
export function styleSampleLines(doc: OrderDoc, style: StyleProfile): StyleSampleLines {
  const blocks = orderTextBlocks(doc, style);
  const title = blocks
    .filter((block) => block.where.part === "title" || block.where.part === "title-ref")
    .map((block) => block.text)
    .join(" ");
  const heading = blocks.find((block) => block.where.part === "body" && block.where.kind === "heading")?.text;
  const decree = blocks
    .filter(
      (block) => block.where.part === "body" && block.where.section === "conclusion" && block.where.kind !== "heading",
    )
    .map((block) => block.text)
    .join("\n");
  const docketCite = doc.body
    .map((block) => (block.kind === "paragraph" ? firstDocketCite(block.content) : undefined))
    .find((cite) => cite !== undefined);
  return { title, decree, ...(heading ? { heading } : {}), ...(docketCite ? { docketCite } : {}) };
}
