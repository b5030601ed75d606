import type { PhrasingContent, RootContent } from "mdast";
import { directiveFromMarkdown } from "mdast-util-directive";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFootnoteFromMarkdown } from "mdast-util-gfm-footnote";
import { directive } from "micromark-extension-directive";
import { gfmFootnote } from "micromark-extension-gfm-footnote";
import { parseMarkdownSubset } from "./markdown-subset";
import { TYPED_CITATION_NOTE } from "./cite-flag-notes";
import type { Block, CiteToken, Inline, Mark, SectionId, Signal } from "@/lib/order-doc/types";

/** Thrown for a template bug (an unknown directive, a bad attribute): a programmer error, caught by tests. */
export class TemplateMarkupError extends Error {}

const SIGNALS: readonly Signal[] = [
  "see",
  "see-also",
  "cf",
  "compare",
  "but-see",
  "see-generally",
  "e-g",
  "see-e-g",
  "accord",
];

export type ParsedSection = { blocks: Block[]; footnotes: Record<string, Block[]> };

function isSignal(value: string | null | undefined): value is Signal {
  return value != null && (SIGNALS as readonly string[]).includes(value);
}

function directiveToInline(node: Extract<PhrasingContent, { type: "textDirective" }>): Inline {
  const label = node.children
    .map((child) => (child.type === "text" ? child.value : ""))
    .join("")
    .trim();
  const attributes = node.attributes ?? {};
  if (node.name === "cite") {
    if (!label) throw new TemplateMarkupError("A :cite directive needs an authority id");
    const signal = attributes.signal;
    if (signal != null && !isSignal(signal)) throw new TemplateMarkupError(`Unknown signal "${signal}"`);
    const token: CiteToken = { authorityId: label };
    if (attributes.prop) token.propositionId = attributes.prop;
    if (isSignal(signal)) token.signal = signal;
    if (attributes.ref === "text") token.textual = true;
    return { kind: "cite", token };
  }
  if (node.name === "docket") {
    // Groups cited together are separated by ";" ("54;58"), the pins of the later ones in at1, at2, ….
    const groups = label.split(";").map((group, i) => {
      const entries = group
        .split(",")
        .map((entry) => entry.trim())
        .filter(Boolean);
      if (entries.length === 0) throw new TemplateMarkupError("A :docket directive needs an entry number");
      const pin = attributes[i === 0 ? "at" : `at${i}`];
      return { entries, ...(pin ? { pin } : {}) };
    });
    const position = attributes.pos === "clause" ? "clause" : "sentence";
    const signal = attributes.signal;
    if (signal != null && !isSignal(signal)) throw new TemplateMarkupError(`Unknown signal "${signal}"`);
    const [first, ...also] = groups;
    return {
      kind: "docket",
      token: {
        entries: first!.entries,
        position,
        ...(first!.pin ? { pin: first!.pin } : {}),
        ...(isSignal(signal) ? { signal } : {}),
        ...(also.length > 0 ? { also } : {}),
      },
    };
  }
  throw new TemplateMarkupError(`Unknown directive :${node.name}`);
}

function phrasingToInlines(nodes: PhrasingContent[], marks: Mark[]): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case "text":
        out.push(marks.length ? { kind: "text", text: node.value, marks } : { kind: "text", text: node.value });
        break;
      case "emphasis":
        out.push(...phrasingToInlines(node.children, [...marks, "italic"]));
        break;
      case "strong":
        out.push(...phrasingToInlines(node.children, [...marks, "bold"]));
        break;
      case "break":
        out.push({ kind: "lineBreak" });
        break;
      case "footnoteReference":
        out.push({ kind: "footnoteRef", footnoteId: node.identifier });
        break;
      case "textDirective":
        // A citation typed by the clerk (":unverified[…]"): printed as typed, flagged for the clerk's copy.
        if (node.name === "unverified")
          out.push(
            ...phrasingToInlines(node.children, marks).map((inline) =>
              inline.kind === "text" ? { ...inline, flagNotes: [TYPED_CITATION_NOTE] } : inline,
            ),
          );
        else out.push(directiveToInline(node));
        break;
      case "inlineCode":
        out.push({ kind: "text", text: node.value });
        break;
      default:
        throw new TemplateMarkupError(`Unsupported inline Markdown: ${node.type}`);
    }
  }
  return mergeTextRuns(out);
}

/** Adjacent text runs with the same marks become one (Markdown splits text at escapes). */
function mergeTextRuns(inlines: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const inline of inlines) {
    const previous = out[out.length - 1];
    if (
      inline.kind === "text" &&
      previous?.kind === "text" &&
      (previous.marks ?? []).join() === (inline.marks ?? []).join() &&
      (previous.flagNotes ?? []).join() === (inline.flagNotes ?? []).join()
    ) {
      out[out.length - 1] = { ...previous, text: previous.text + inline.text };
    } else out.push(inline);
  }
  return out;
}

function blockFrom(node: RootContent, section: SectionId): Block[] {
  switch (node.type) {
    case "paragraph":
      return [{ kind: "paragraph", content: phrasingToInlines(node.children, []), section, indent: true }];
    case "heading":
      return [
        {
          kind: "heading",
          level: Math.min(3, Math.max(1, node.depth - 1)) as 1 | 2 | 3,
          content: phrasingToInlines(node.children, []),
          section,
        },
      ];
    case "blockquote":
      return node.children.flatMap((child) =>
        child.type === "paragraph"
          ? [{ kind: "blockQuote" as const, content: phrasingToInlines(child.children, []), section }]
          : [],
      );
    case "list":
      return [
        {
          kind: "list",
          ordered: node.ordered === true,
          section,
          items: node.children.map((item) =>
            item.children.flatMap((child) => (child.type === "paragraph" ? phrasingToInlines(child.children, []) : [])),
          ),
        },
      ];
    case "footnoteDefinition":
    case "definition":
      return [];
    default:
      throw new TemplateMarkupError(`Unsupported block Markdown: ${node.type}`);
  }
}

const PARSE_OPTIONS = {
  extensions: [directive(), gfmFootnote()],
  mdastExtensions: [directiveFromMarkdown(), gfmFootnoteFromMarkdown()],
};

/** The line that opens a section in a whole order's Markdown: `::section{id=background}`. */
export function sectionMarker(section: SectionId): string {
  return `::section{id=${section}}`;
}

/** Which parser reads the Markdown: the subset parser with micromark for the rest (default), or micromark alone (tests compare the two). */
export type MarkdownParser = "auto" | "micromark";

/**
 * Parses a whole order's Markdown (sections opened by `::section{id=…}` lines, :cite / :docket
 * directives, GFM footnotes) into blocks, each tagged with its section. The templates' Markdown
 * is read by the subset parser (markdown-subset/), which builds the tree micromark would build
 * 30 to 200 times faster (micromark takes about a microsecond a character); anything outside
 * that subset goes to micromark.
 */
export function markdownToBlocks(markdown: string, section: SectionId, parser: MarkdownParser = "auto"): ParsedSection {
  const tree = (parser === "auto" ? parseMarkdownSubset(markdown) : undefined) ?? fromMarkdown(markdown, PARSE_OPTIONS);
  const footnotes: Record<string, Block[]> = {};
  const blocks: Block[] = [];
  let current = section;
  for (const node of tree.children) {
    if (node.type === "leafDirective" && node.name === "section") {
      current = (node.attributes?.id ?? section) as SectionId;
    } else if (node.type === "footnoteDefinition") {
      footnotes[node.identifier] = node.children.flatMap((child) => blockFrom(child as RootContent, current));
    } else blocks.push(...blockFrom(node, current));
  }
  return { blocks, footnotes };
}
