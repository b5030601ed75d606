import type { Block, Inline, OrderDoc, SectionId } from "@/lib/order-doc/types";

/** A place a comment can point to: a whole section, or one paragraph of it. */
export type AnchorOption = { value: string; label: string; section: SectionId; blockIndex?: number };

const SECTION_NAMES: Record<SectionId, string> = {
  introduction: "Introduction",
  background: "Background",
  "legal-standard": "Legal standard",
  discussion: "Discussion",
  reconsideration: "Reconsideration",
  stay: "Stay",
  amendment: "Amendment",
  conclusion: "Conclusion",
};

/** A section's name in words. */
export const sectionName = (section: SectionId): string => SECTION_NAMES[section];

function inlineText(content: readonly Inline[]): string {
  return content
    .map((inline) =>
      inline.kind === "text"
        ? inline.text
        : inline.kind === "cite" || inline.kind === "docket"
          ? inlineText(inline.printed ?? [])
          : "",
    )
    .join("");
}

/** A block's opening words, for the anchor list and the comment's label. */
export function blockOpening(block: Block, words = 10): string {
  const text = block.kind === "list" ? block.items.map(inlineText).join(" ") : inlineText(block.content);
  const parts = text.trim().split(/\s+/);
  return parts.slice(0, words).join(" ") + (parts.length > words ? " …" : "");
}

/** Every section the order has, each followed by its paragraphs, in reading order. */
export function anchorOptions(doc: OrderDoc): AnchorOption[] {
  const options: AnchorOption[] = [];
  const seen = new Set<SectionId>();
  let paragraph = 0;
  doc.body.forEach((block, blockIndex) => {
    if (!seen.has(block.section)) {
      seen.add(block.section);
      paragraph = 0;
      options.push({
        value: block.section,
        label: `${sectionName(block.section)} (whole section)`,
        section: block.section,
      });
    }
    if (block.kind === "heading") return;
    paragraph += 1;
    options.push({
      value: `${block.section}:${blockIndex}`,
      label: `${sectionName(block.section)}, paragraph ${paragraph}: ${blockOpening(block, 8)}`,
      section: block.section,
      blockIndex,
    });
  });
  return options;
}
