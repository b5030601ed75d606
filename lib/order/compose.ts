import type { District } from "@/lib/courts";
import { formatDocketRef } from "@/lib/docket/format-docket-ref";
import type { MotionDraft } from "@/lib/motion/schema";
import type { StyleProfile } from "@/lib/style/style-profile";
import type { Findings } from "@/lib/standards/types";
import { buildCaption } from "./caption";
import { CLERK_FOOTNOTE } from "./clerk-text";
import { filingNames, nameFilings } from "./filing-names";
import { markdownToBlocks, sectionMarker } from "./markdown-to-blocks";
import { buildSignature } from "./signature";
import { renderTemplate } from "./template-engine";
import type { Block, Inline, OrderDoc, SectionId } from "@/lib/order-doc/types";
import { buildViewModel, type ViewModel } from "./view-model/build-view-model";

/** The sections of a § 1292(b) order in print order, each with the template that writes it and when it appears. */
const SECTIONS: { id: SectionId; template: string; appears: (view: ViewModel) => boolean }[] = [
  { id: "introduction", template: "1292b/introduction.md", appears: () => true },
  { id: "background", template: "1292b/background.md", appears: (view) => view.history.length > 0 },
  { id: "reconsideration", template: "1292b/reconsideration.md", appears: (view) => view.reconsideration.requested },
  { id: "legal-standard", template: "1292b/legal-standard.md", appears: () => true },
  { id: "discussion", template: "1292b/discussion.md", appears: () => true },
  { id: "stay", template: "1292b/stay.md", appears: (view) => view.stay.in_section },
  { id: "conclusion", template: "1292b/conclusion.md", appears: () => true },
];

/** Heading levels the chambers' style prints: all, top level only (flat caps headings), or none. */
function keepsHeading(block: Block, style: StyleProfile): boolean {
  if (block.kind !== "heading") return true;
  if (style.headingStyle === "none") return false;
  if (style.headingStyle === "caps-centered") return block.level === 1;
  // Numbered styles ("I.", "1.") print every level.
  return true;
}

/** Footnote labels are per template; prefix them with the section so they stay unique in the order. */
function prefixFootnoteLabels(markdown: string, prefix: string): string {
  return markdown.replace(/\[\^([A-Za-z0-9_-]+)\]/g, `[^${prefix}-$1]`);
}

const CLERK_FOOTNOTE_TEXT = new RegExp(
  `${CLERK_FOOTNOTE.open}([^${CLERK_FOOTNOTE.close}]*)${CLERK_FOOTNOTE.close}`,
  "g",
);

/** A footnote definition's line: `[^stay]: …`. */
const FOOTNOTE_DEFINITION = /^\[\^[A-Za-z0-9_-]+\]:/;

/**
 * A clerk's footnotes (wrapped by the clerk filter where they stand) become calls there and
 * definitions after the section. One typed in words the order already prints as a footnote
 * runs on there as a sentence: a footnote cannot carry one of its own.
 */
function clerkFootnotes(markdown: string): string {
  const definitions: string[] = [];
  const body = markdown
    .split("\n")
    .map((line) =>
      line.replace(CLERK_FOOTNOTE_TEXT, (_all, note: string) => {
        if (FOOTNOTE_DEFINITION.test(line)) return ` ${note}`;
        definitions.push(`[^clerk${definitions.length + 1}]: ${note}`);
        return `[^clerk${definitions.length}]`;
      }),
    )
    .join("\n");
  return definitions.length === 0 ? body : `${body}\n\n${definitions.join("\n\n")}`;
}

function plainText(inlines: Inline[]): string {
  return inlines.map((inline) => (inline.kind === "text" ? inline.text : "")).join("");
}

function titleDocketRef(draft: MotionDraft, style: StyleProfile): Inline[] | undefined {
  const number = draft.motion.docketNumber;
  if (!number || style.titleDocketRef === "none") return undefined;
  const printed = formatDocketRef({ entries: [number], position: "clause" }, style.docketCite, "full", {
    capitalize: true,
  });
  const text = plainText(printed);
  const wrapped = /^[([]/.test(text) ? text : style.titleDocketRef === "bracket-line" ? `[${text}]` : `(${text})`;
  return [{ kind: "text", text: wrapped }];
}

/**
 * A template's words joined around answers that may be empty: one space between words where an
 * empty answer left two, none at a line's end (two there would make a Markdown line break).
 */
export function tidyJoins(markdown: string): string {
  return markdown.replace(/(?<=\S) {2,}(?=\S)/g, " ").replace(/ +$/gm, "");
}

/** The body of an order as one Markdown text: each section that appears, opened by its section marker. */
export function orderMarkdown(view: ViewModel): string {
  // Footnote labels must be unique in the order: each section's are prefixed with its id.
  const markdown = SECTIONS.filter((section) => section.appears(view))
    .map(
      (section) =>
        `${sectionMarker(section.id)}\n\n${prefixFootnoteLabels(clerkFootnotes(tidyJoins(renderTemplate(section.template, view))), section.id)}`,
    )
    .join("\n\n");
  return `${sectionMarker("introduction")}\n\n${markdown}`;
}

/**
 * Draft + findings + style → OrderDoc: each section's template renders Markdown, which is parsed
 * into blocks; the caption and signature are layout, built in code. Citations are still tokens
 * here: `resolveCitations` prints them.
 */
export function compose(
  draft: MotionDraft,
  findings: Findings,
  style: StyleProfile,
  district: District | undefined,
): OrderDoc {
  const view = buildViewModel(draft, findings, style);
  const parsed = markdownToBlocks(orderMarkdown(view), "introduction");
  const names = filingNames(draft);
  const body = nameFilings(
    parsed.blocks.filter((block) => keepsHeading(block, style)),
    names,
  );
  const footnotes = Object.fromEntries(
    Object.entries(parsed.footnotes).map(([id, blocks]) => [id, nameFilings(blocks, names)]),
  );
  // A title the judge typed stands as typed; otherwise the template writes one from the ruling.
  const typedTitle = (draft.orderTitle ?? "").replace(/\s+/g, " ").trim();
  const title = typedTitle || renderTemplate("1292b/title", view).replace(/\\(.)/g, "$1").replace(/\s+/g, " ").trim();
  const caption = buildCaption(draft, district, style);
  const doc: OrderDoc = {
    caption,
    title,
    body,
    footnotes,
    signature: buildSignature(draft, style),
    meta: {
      shortCaption: shortCaption(draft),
      caseNumber: draft.case.caseNumber ?? "",
      courtName: district?.name ?? "",
      ...(draft.orderDate ? { orderDate: draft.orderDate } : {}),
    },
  };
  const ref = titleDocketRef(draft, style);
  if (ref) doc.titleDocketRef = ref;
  return doc;
}

/** "Linlor v. Futero": first-named plaintiff's and defendant's first word groups, for file names. */
function shortCaption(draft: MotionDraft): string {
  const first = (side: "plaintiff" | "defendant") =>
    draft.case.parties
      .find((party) => party.side === side)
      ?.name.replace(/,.*$/, "")
      .trim() ?? "";
  const shortName = (name: string) => {
    const words = name.split(/\s+/);
    // A person's surname ("James Linlor" → "Linlor"); an entity keeps its name ("Futero, Inc." → "Futero").
    return /^[A-Z][a-z]+$/.test(words[0] ?? "") && words.length === 2 ? words[1]! : name;
  };
  const plaintiff = shortName(first("plaintiff"));
  const defendant = shortName(first("defendant"));
  return plaintiff && defendant ? `${plaintiff} v. ${defendant}` : plaintiff || defendant || "Untitled";
}
