import type { Block, Inline, OrderDoc } from "@/lib/order/types";
import { capsInlines } from "./caps-inlines";
import { captionPartyLines } from "./caption-party-lines";
import { footnoteNumbers } from "./footnote-numbers";
import { headingFormat } from "./heading-format";
import { headingLabels } from "./heading-labels";
import { listItemLabel } from "./list-item-label";
import { printedContent } from "./printed-content";
import { DEFAULT_STYLE, type StyleProfile } from "./style-profile";
import { titleLayout } from "./title-layout";

/** What `orderPlainText` includes besides the main text. */
export type PlainTextOptions = {
  /**
   * Print footnote references in the text as superscript digits ("¹"). Default false, so the
   * text matches Word's text read back with mammoth (which drops reference marks).
   */
  footnoteMarks?: boolean;
  /** Print the footnotes after the signature ("¹ Text…"). Default true. */
  footnotes?: boolean;
};

const SUPERSCRIPT_DIGITS = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"];

/** A footnote number in superscript digits: 12 → "¹²". */
export function superscriptNumber(n: number): string {
  return String(n)
    .split("")
    .map((digit) => SUPERSCRIPT_DIGITS[Number(digit)] ?? digit)
    .join("");
}

type Marker = (footnoteId: string) => string;

function inlineText(content: readonly Inline[], mark: Marker): string {
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
          return inlineText(printedContent(inline).content, mark);
      }
    })
    .join("");
}

function blockText(block: Block, label: string | undefined, style: StyleProfile, mark: Marker): string {
  switch (block.kind) {
    case "heading": {
      const content = headingFormat(block.level, style.headingStyle).caps ? capsInlines(block.content) : block.content;
      const text = inlineText(content, mark);
      return label ? `${label} ${text}` : text;
    }
    case "paragraph":
    case "blockQuote":
      return inlineText(block.content, mark);
    case "list":
      return block.items.map((item, i) => `${listItemLabel(block.ordered, i)} ${inlineText(item, mark)}`).join("\n");
  }
}

/**
 * The order's words in reading order, as plain text: court lines, the caption's parties,
 * the case number, the title (and its docket reference), the body with heading numbers and
 * list labels, the signature block, then the footnotes, each led by its number in superscript
 * ("¹ As such, …"). Paragraphs are separated by a blank line. Pass the order's style: heading
 * numbers, capitals and the title's docket reference follow it. Tests compare this text with
 * the DOCX read back (mammoth) and with the HTML preview's text.
 */
export function orderPlainText(doc: OrderDoc, style: StyleProfile = DEFAULT_STYLE, options: PlainTextOptions = {}): string {
  const numbers = footnoteNumbers(doc);
  const mark: Marker = options.footnoteMarks === true ? (id) => superscriptNumber(numbers.numberOf(id)) : () => "";
  const title = titleLayout(doc, style);
  const titleParts = [...title.lines];
  if (title.docketRef) {
    const ref = inlineText(title.docketRef, mark);
    if (title.docketRefPlacement === "after-title" && titleParts.length > 0) {
      titleParts[titleParts.length - 1] = `${titleParts[titleParts.length - 1]} ${ref}`;
    } else titleParts.push(ref);
  }
  const labels = headingLabels(doc.body, style.headingStyle);
  const paragraphs: string[] = [
    ...doc.caption.courtLines.map((line) => line.toUpperCase()),
    ...captionPartyLines(doc.caption).map((line) => line.text),
    doc.caption.caseNumberLine,
    ...titleParts,
    ...doc.body.map((block, i) => blockText(block, labels[i], style, mark)),
    ...[doc.signature.dateLine, doc.signature.signerLine, doc.signature.titleLine].filter(
      (line): line is string => line !== undefined && line !== "",
    ),
  ];
  if (options.footnotes !== false) {
    for (const id of numbers.order) {
      const blocks = doc.footnotes[id] ?? [];
      const text = blocks.map((block) => blockText(block, undefined, style, mark)).join("\n\n");
      paragraphs.push(`${superscriptNumber(numbers.numberOf(id))} ${text}`);
    }
  }
  return paragraphs.join("\n\n") + "\n";
}
