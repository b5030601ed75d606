import { Document, Packer, type ICommentsOptions } from "docx";
import type { OrderDoc } from "@/lib/order-doc/types";
import { footnoteNumbers } from "../footnote-numbers";
import { headingLabels } from "../heading-labels";
import type { StyleProfile } from "@/lib/style/style-profile";
import { blockParagraphs } from "./block-paragraphs";
import { captionElements } from "./caption-elements";
import { docxFootnotes } from "./docx-footnotes";
import type { DocxContext } from "./docx-context";
import type { DocxHooks } from "./docx-hooks";
import { pageProperties } from "./page-setup";
import { signatureParagraphs } from "./signature-paragraphs";
import { styleParts } from "./style-parts";

/** Extras for the review renderers; the normal order passes none. */
export type BuildDocxOptions = {
  /** Hooks into the runs and paragraphs (comment ranges, tracked changes). */
  hooks?: DocxHooks;
  /** Word comments (word/comments.xml), anchored by the hooks' comment ranges. */
  comments?: ICommentsOptions;
  /** The body alone, without caption, title or signature: a document that is not an order (the cite-check's commented text). */
  bodyOnly?: boolean;
};

/**
 * Builds the `docx` Document of an order: caption, title, body, signature block, real Word
 * footnotes, page numbers in the footer and, on pleading paper, the 28 numbered lines in the
 * header. Document properties carry the title and case, never a person's name. The header and
 * footer are the style's, built once (`styleParts`).
 */
export function buildDocxDocument(doc: OrderDoc, style: StyleProfile, options: BuildDocxOptions = {}): Document {
  const ctx: DocxContext = {
    style,
    footnotes: footnoteNumbers(doc),
    ...(options.hooks ? { hooks: options.hooks } : {}),
  };
  const labels = headingLabels(doc.body, style.headingStyle);
  const lastIndex = doc.body.length - 1;
  const { header, footer } = styleParts(style);
  const body = doc.body.flatMap((block, i) =>
    blockParagraphs(block, ctx, { ...(labels[i] ? { label: labels[i] } : {}), keepNext: i === lastIndex }),
  );
  return new Document({
    title: doc.title,
    subject: doc.meta.caseNumber,
    description: doc.meta.shortCaption,
    creator: "Chambers Drafts",
    lastModifiedBy: "Chambers Drafts",
    styles: { default: { document: { run: { font: style.font, size: style.fontSizePt * 2 } } } },
    footnotes: docxFootnotes(doc, ctx),
    ...(options.comments ? { comments: options.comments } : {}),
    sections: [
      {
        properties: { page: pageProperties(style) },
        ...(header ? { headers: { default: header } } : {}),
        footers: { default: footer },
        children: options.bodyOnly
          ? body
          : [...captionElements(doc, ctx), ...body, ...signatureParagraphs(doc.signature, ctx)],
      },
    ],
  });
}

/** A `docx` Document as the bytes of a .docx file. */
export async function packDocx(document: Document): Promise<Uint8Array> {
  return Packer.pack(document, "uint8array");
}

/**
 * Renders an order to a Word .docx file. Review renderers that add comments or tracked changes
 * build the Document with hooks (`buildDocxDocument`) and pack it the same way.
 *
 * @example const bytes = await renderDocx(draftOrder(draft, style, ctx), style)
 */
export async function renderDocx(doc: OrderDoc, style: StyleProfile): Promise<Uint8Array> {
  return packDocx(buildDocxDocument(doc, style));
}
