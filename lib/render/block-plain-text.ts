import type { Block, Inline } from "@/lib/order-doc/types";
import { capsInlines } from "./caps-inlines";
import { headingFormat } from "./heading-format";
import { listItemLabel } from "./list-item-label";
import { printedContent } from "./printed-content";
import type { StyleProfile } from "@/lib/style/style-profile";

/** What a footnote reference prints as in plain text: "" (as mammoth reads Word) or a superscript number. */
export type FootnoteMarker = (footnoteId: string) => string;

const NO_MARKS: FootnoteMarker = () => "";

/** Inline content as printed: text, line breaks as "\n", cites and dockets as their printed runs (or placeholder). */
export function inlinePlainText(content: readonly Inline[], mark: FootnoteMarker = NO_MARKS): string {
  return content
    .map((inline) => {
      switch (inline.kind) {
        case "text":
          return inline.text;
        case "lineBreak":
          return "\n";
        case "footnoteRef":
          return mark(inline.footnoteId);
        case "cite":
        case "docket":
          return inlinePlainText(printedContent(inline).content, mark);
      }
    })
    .join("");
}

/**
 * One block as printed: a heading led by its number (`label`, from `headingLabels`) and in
 * capitals where the style says; list items led by "1." or "•", one per line.
 */
export function blockPlainText(
  block: Block,
  label: string | undefined,
  style: StyleProfile,
  mark: FootnoteMarker = NO_MARKS,
): string {
  switch (block.kind) {
    case "heading": {
      const content = headingFormat(block.level, style.headingStyle).caps ? capsInlines(block.content) : block.content;
      const text = inlinePlainText(content, mark);
      return label ? `${label} ${text}` : text;
    }
    case "paragraph":
    case "blockQuote":
      return inlinePlainText(block.content, mark);
    case "list":
      return block.items
        .map((item, i) => `${listItemLabel(block.ordered, i)} ${inlinePlainText(item, mark)}`)
        .join("\n");
  }
}
