/**
 * The HTML preview escapes everything a clerk typed: a `<script>` in a party name is text, never
 * markup; no tag, attribute or CSS declaration comes from the draft; and every name and reason
 * reads in the preview exactly as typed.
 */
import fc from "fast-check";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { draftOrder } from "@/lib/order/draft-order";
import { OrderHtml } from "@/lib/render/html/order-html";
import { renderHtmlDocument } from "@/lib/render/html/render-html-document";
import { htmlText } from "@/lib/render/testing/html-text";
import { readyDraft } from "./arbitraries";
import { params, TIMEOUT } from "./config";
import { styleDeclarations, tags } from "./html-markup";
import {
  captionName,
  movantNamesInBody,
  namedParties,
  normalize,
  printed,
  printedClerkTexts,
  verbatimPieces,
  withoutAsterisks,
} from "./printed-form";

/** The elements the preview and the standalone page are made of. */
const ELEMENTS = new Set([
  "html",
  "head",
  "meta",
  "title",
  "style",
  "body",
  "article",
  "div",
  "header",
  "section",
  "p",
  "h1",
  "h2",
  "h3",
  "h4",
  "span",
  "em",
  "strong",
  "u",
  "mark",
  "sup",
  "a",
  "br",
  "hr",
  "ol",
  "ul",
  "li",
  "blockquote",
]);
const ATTRIBUTES = new Set([
  "class",
  "style",
  "id",
  "href",
  "aria-label",
  "data-form",
  "data-flags",
  // A flagged citation's notes: the library's words, never the draft's.
  "title",
  "lang",
  "charset",
  "name",
  "content",
  "value",
]);

describe("HTML preview of random drafts", () => {
  it(
    "escapes every typed character: no markup, attribute or style comes from the draft, and the text reads as typed",
    () => {
      fc.assert(
        fc.property(readyDraft, (draft) => {
          const { doc, findings, style } = draftOrder(draft);
          const markup = renderToStaticMarkup(createElement(OrderHtml, { doc, style }));
          const page = renderHtmlDocument(doc, style);
          for (const html of [markup, page]) {
            expect(html).not.toMatch(/<script/i);
            for (const tag of tags(html)) {
              expect(ELEMENTS, `element <${tag.name}>`).toContain(tag.name);
              for (const attribute of tag.attributes) {
                expect(ATTRIBUTES, `attribute ${attribute.name} on <${tag.name}>`).toContain(attribute.name);
                if (attribute.name === "href") expect(attribute.value).toMatch(/^#[\w-]+$/);
              }
            }
            // Every `<` left in the markup opens one of those tags (or closes one, or is the doctype).
            expect(html.match(/<(?![a-zA-Z/!])/g) ?? []).toEqual([]);
          }
          // The font name is the only style value a chambers types: the same declarations must come out as with a plain font.
          const withPlainFont = renderToStaticMarkup(
            createElement(OrderHtml, { doc, style: { ...style, font: "Arial" } }),
          );
          expect(styleDeclarations(markup)).toEqual(styleDeclarations(withPlainFont));

          const read = htmlText(markup);
          const text = normalize(`${read.text} ${read.footnotesText}`);
          for (const name of namedParties(draft))
            expect(text, "party name in the caption").toContain(captionName(name, style.caption.parties));
          for (const name of movantNamesInBody(draft))
            expect(text, "movant named in the body").toContain(printed(name));
          const starless = withoutAsterisks(text);
          for (const { field, text: typed } of printedClerkTexts(draft, findings, style)) {
            for (const piece of verbatimPieces(typed)) expect(starless, field).toContain(piece);
          }
        }),
        params(50),
      );
    },
    TIMEOUT,
  );
});
