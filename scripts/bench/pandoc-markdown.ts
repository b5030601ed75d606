/**
 * An order's finished content as Pandoc Markdown, for the pandoc comparison: the same words,
 * headings (with their numbers), emphasis, lists, block quotes, caption lines, signature and
 * footnotes our DOCX prints, with citations already resolved. Pandoc gets the finished text;
 * it does none of the analysis, templating or citation work our figure includes.
 */
import type { Block, Inline, Mark, OrderDoc } from "@/lib/order-doc/types";
import { captionPartyLines } from "@/lib/render/caption-party-lines";
import { footnoteNumbers } from "@/lib/render/footnote-numbers";
import { headingLabels } from "@/lib/render/heading-labels";
import { printedContent } from "@/lib/render/printed-content";
import type { StyleProfile } from "@/lib/style/style-profile";
import { titleLayout } from "@/lib/render/title-layout";

// Pandoc's Markdown lets a backslash escape any ASCII punctuation, so escaping all of it is always literal.
const escape = (text: string) => text.replace(/[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g, (char) => `\\${char}`);

/** Emphasis delimiters must touch text: spaces at either end move outside them. */
function marked(text: string, marks: readonly Mark[] | undefined): string {
  const body = escape(text);
  if (!marks || marks.length === 0 || text.trim() === "") return body;
  const delimiter = `${marks.includes("italic") ? "*" : ""}${marks.includes("bold") ? "**" : ""}`;
  if (!delimiter) return body;
  const [, lead = "", core = "", trail = ""] = /^(\s*)([\s\S]*?)(\s*)$/.exec(body) ?? [];
  return `${lead}${delimiter}${core}${[...delimiter].reverse().join("")}${trail}`;
}

function inlines(content: readonly Inline[], footnote: (id: string) => number): string {
  return content
    .map((inline) => {
      switch (inline.kind) {
        case "text":
          return marked(inline.text, inline.marks);
        case "lineBreak":
          return "\\\n";
        case "footnoteRef":
          return `[^${footnote(inline.footnoteId)}]`;
        case "cite":
        case "docket":
          return inlines(printedContent(inline).content, footnote);
      }
    })
    .join("");
}

function block(b: Block, label: string | undefined, footnote: (id: string) => number): string {
  switch (b.kind) {
    case "heading":
      return `${"#".repeat(b.level)} ${label ? `${escape(label)} ` : ""}${inlines(b.content, footnote)}`;
    case "paragraph":
      return inlines(b.content, footnote);
    case "blockQuote":
      return `> ${inlines(b.content, footnote)}`;
    case "list":
      return b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : "-"} ${inlines(item, footnote)}`).join("\n");
  }
}

export function orderAsPandocMarkdown(doc: OrderDoc, style: StyleProfile): string {
  const numbers = footnoteNumbers(doc);
  const footnote = (id: string) => numbers.numberOf(id);
  const title = titleLayout(doc, style);
  const labels = headingLabels(doc.body, style.headingStyle);
  const parts = [
    ...doc.caption.courtLines.map((line) => `**${escape(line.toUpperCase())}**`),
    ...captionPartyLines(doc.caption).map((line) => escape(line.text)),
    escape(doc.caption.caseNumberLine),
    ...title.lines.map((line) => `**${escape(line)}**`),
    ...(title.docketRef ? [inlines(title.docketRef, footnote)] : []),
    ...doc.body.map((b, i) => block(b, labels[i], footnote)),
    ...[doc.signature.dateLine, doc.signature.signerLine, doc.signature.titleLine]
      .filter((line): line is string => Boolean(line))
      .map(escape),
    ...numbers.order.map(
      (id) =>
        `[^${numbers.numberOf(id)}]: ${(doc.footnotes[id] ?? []).map((b) => block(b, undefined, footnote)).join("\n\n    ")}`,
    ),
  ];
  return `${parts.join("\n\n")}\n`;
}
