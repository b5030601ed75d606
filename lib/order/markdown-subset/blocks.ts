import type { Blockquote, FootnoteDefinition, Heading, List, ListItem, Paragraph, Root, RootContent } from "mdast";
import type { LeafDirective } from "mdast-util-directive";
import { parseInline } from "./inline";
import { paragraphSource } from "./paragraph-source";
import { unsupported } from "./unsupported";

const BLANK = /^ *$/;
const SECTION = /^::section\{id=([A-Za-z0-9-]+)\} *$/;
const HEADING = /^(#{1,6})(?: +(.*?))? *$/;
const ITEM = /^(?:([-+*])|(\d{1,9})([.)]))( +)(\S.*)$/;
const FOOTNOTE_DEFINITION = /^\[\^([A-Za-z0-9_-]+)\]: *(.*)$/;
const FOOTNOTE_DEFINITION_ANYWHERE = /^ {0,3}\[\^([A-Za-z0-9_-]+)\]:/;
const QUOTE = /^ {0,3}> ?/;
/** Starts of blocks the subset does not parse: fences, HTML, reference definitions, thematic breaks, empty items, other directives. */
const OTHER_BLOCK =
  /^(?:```|~~~|<|\[[^\]]*\]:|(?:\* *){3,}$|(?:- *){3,}$|(?:_ *){3,}$|(?:[-+*]|\d{1,9}[.)]) *$|\d{10,}[.)])/;
/** Lines that could interrupt a paragraph (or be a setext underline): left to micromark. */
const INTERRUPTION =
  /^(?:#{1,6}(?: |$)|>|[-+*](?: |$)|\d{1,9}[.)](?: |$)|```|~~~|<|::|\[\^[^\]]*\]:|=+ *$|-+ *$|(?:\* *){3,}$|(?:_ *){3,}$)/;
/** Content opening a list item or footnote that would be a block inside it. */
const NESTED_BLOCK = /^(?:#{1,6}(?: |$)|>|[-+*](?: |$)|\d{1,9}[.)](?: |$)|```|~~~|<|::|\[\^[^\]]*\]:|(?:[-*_] *){3,}$)/;

const indentOf = (line: string) => line.length - line.replace(/^ +/, "").length;

/**
 * Block structure of the Markdown subset the order templates emit, line by line: section
 * markers (`::section{id=…}`), ATX headings, paragraphs, block quotes of paragraphs, tight or
 * loose lists of one-line items, and one-paragraph footnote definitions. Anything else, or any
 * line that could change the structure in a way this parser does not model (an interrupting
 * line, lazy continuation, deep indentation), is unsupported.
 */
export class BlockParser {
  private readonly lines: string[];
  private readonly footnotes = new Set<string>();
  private at = 0;

  constructor(markdown: string) {
    this.lines = markdown.split("\n");
    for (const line of this.lines) {
      const definition = FOOTNOTE_DEFINITION_ANYWHERE.exec(line);
      if (definition) this.footnotes.add(definition[1]!.toLowerCase());
    }
  }

  parse(): Root {
    const children: RootContent[] = [];
    while (this.at < this.lines.length) {
      const line = this.lines[this.at]!;
      if (BLANK.test(line)) {
        this.at++;
        continue;
      }
      if (indentOf(line) >= 4) unsupported();
      children.push(this.block(line.replace(/^ +/, "")));
    }
    return { type: "root", children };
  }

  private block(text: string): RootContent {
    if (text.startsWith("::")) return this.section(text);
    if (text.startsWith("#")) return this.heading(text);
    if (text.startsWith(">")) return this.quote();
    if (ITEM.test(text)) return this.list();
    const definition = FOOTNOTE_DEFINITION.exec(text);
    if (definition) return this.footnoteDefinition(definition[1]!, definition[2]!);
    if (OTHER_BLOCK.test(text)) unsupported();
    return this.paragraph(this.paragraphLines());
  }

  private section(text: string): LeafDirective {
    const match = SECTION.exec(text) ?? unsupported();
    this.at++;
    return { type: "leafDirective", name: "section", attributes: { id: match[1]! }, children: [] };
  }

  private heading(text: string): Heading {
    const match = HEADING.exec(text) ?? unsupported();
    const content = match[2] ?? "";
    if (content.endsWith("#")) unsupported();
    this.at++;
    return {
      type: "heading",
      depth: match[1]!.length as Heading["depth"],
      children: parseInline(content, this.footnotes),
    };
  }

  /** Lines from the current one to the next blank line; continuation lines must not interrupt. */
  private paragraphLines(first?: string): string[] {
    const lines = [first ?? this.lines[this.at]!];
    this.at++;
    while (this.at < this.lines.length && !BLANK.test(this.lines[this.at]!)) {
      if (INTERRUPTION.test(this.lines[this.at]!.replace(/^ +/, ""))) unsupported();
      lines.push(this.lines[this.at]!);
      this.at++;
    }
    return lines;
  }

  private paragraph(lines: string[]): Paragraph {
    return { type: "paragraph", children: parseInline(paragraphSource(lines), this.footnotes) };
  }

  private quote(): Blockquote {
    const inner: string[] = [];
    while (this.at < this.lines.length && QUOTE.test(this.lines[this.at]!)) {
      inner.push(this.lines[this.at]!.replace(QUOTE, ""));
      this.at++;
    }
    // A non-blank line right after a quote would continue its paragraph lazily.
    if (this.at < this.lines.length && !BLANK.test(this.lines[this.at]!)) unsupported();
    const children: Paragraph[] = [];
    for (let i = 0; i < inner.length;) {
      if (BLANK.test(inner[i]!)) {
        i++;
        continue;
      }
      const text = inner[i]!.replace(/^ +/, "");
      if (indentOf(inner[i]!) >= 4 || NESTED_BLOCK.test(text) || OTHER_BLOCK.test(text)) unsupported();
      const lines = [inner[i]!];
      for (i++; i < inner.length && !BLANK.test(inner[i]!); i++) {
        if (INTERRUPTION.test(inner[i]!.replace(/^ +/, ""))) unsupported();
        lines.push(inner[i]!);
      }
      children.push(this.paragraph(lines));
    }
    return { type: "blockquote", children };
  }

  private list(): List {
    const first = ITEM.exec(this.lines[this.at]!.replace(/^ +/, ""))!;
    const marker = first[1] ?? first[3]!;
    const items: ListItem[] = [];
    while (this.at < this.lines.length) {
      const line = this.lines[this.at]!;
      if (BLANK.test(line)) {
        let next = this.at;
        while (next < this.lines.length && BLANK.test(this.lines[next]!)) next++;
        const following = this.lines[next];
        if (following === undefined) break;
        const item = ITEM.exec(following.replace(/^ +/, ""));
        if (item && (item[1] ?? item[3]) === marker && indentOf(following) < 4) {
          this.at = next;
          continue;
        }
        // An indented line after a blank could continue the last item.
        if (indentOf(following) > 0) unsupported();
        break;
      }
      if (indentOf(line) >= 4) unsupported();
      const item = ITEM.exec(line.replace(/^ +/, ""));
      if (!item) unsupported(); // lazy continuation of the item's paragraph
      if ((item[1] ?? item[3]) !== marker) break; // another kind of list starts
      if (item[4]!.length > 4 || NESTED_BLOCK.test(item[5]!)) unsupported();
      items.push({ type: "listItem", children: [this.paragraph([item[5]!])] });
      this.at++;
      if (
        this.at < this.lines.length &&
        !BLANK.test(this.lines[this.at]!) &&
        !ITEM.test(this.lines[this.at]!.replace(/^ +/, ""))
      )
        unsupported();
    }
    return { type: "list", ordered: first[2] !== undefined, children: items };
  }

  private footnoteDefinition(label: string, content: string): FootnoteDefinition {
    if (content === "" || NESTED_BLOCK.test(content) || OTHER_BLOCK.test(content)) unsupported();
    const lines = this.paragraphLines(content);
    return { type: "footnoteDefinition", identifier: label.toLowerCase(), label, children: [this.paragraph(lines)] };
  }
}
