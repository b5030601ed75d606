import { renderToStaticMarkup } from "react-dom/server";
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { renderDocx } from "./docx/render-docx";
import { OrderHtml } from "./html/order-html";
import { orderPlainText } from "./plain-text";
import { DEFAULT_STYLE } from "@/lib/style/style-profile";
import { htmlText, normalizeText } from "./testing/html-text";
import { longOrder, PLAIN_STYLE, PLEADING_STYLE, sampleOrder } from "./testing/order-fixtures";
import { readDocx } from "./testing/read-docx";

const cases = [
  { name: "plain paper, stacked caption, roman-letter headings", style: PLAIN_STYLE, doc: sampleOrder() },
  { name: "pleading paper, two-column caption, caps-centered headings", style: PLEADING_STYLE, doc: sampleOrder() },
  {
    name: "default style, unnumbered headings",
    style: { ...DEFAULT_STYLE, headingStyle: "none" as const },
    doc: sampleOrder(),
  },
  { name: "a long pleading-paper order", style: PLEADING_STYLE, doc: longOrder(30) },
];

describe.each(cases)("the same words in the same order: $name", ({ style, doc }) => {
  it("DOCX (read back with mammoth) = plain text = HTML text", async () => {
    const plain = normalizeText(orderPlainText(doc, style, { footnotes: false }));
    const plainNotes = normalizeText(
      orderPlainText(doc, style).slice(orderPlainText(doc, style, { footnotes: false }).length),
    );
    const docx = await readDocx(await renderDocx(doc, style));
    const html = htmlText(renderToStaticMarkup(createElement(OrderHtml, { doc, style })));
    expect(normalizeText(docx.text)).toBe(plain);
    expect(normalizeText(html.text)).toBe(plain);
    expect(normalizeText(docx.footnotesText)).toBe(plainNotes);
    expect(normalizeText(html.footnotesText)).toBe(plainNotes);
    expect(plain).toContain("Coopers & Lybrand v. Livesay, 437 U.S. 463, 475 (1978).");
    expect(plainNotes).toMatch(/^¹ As such/);
  });
});
