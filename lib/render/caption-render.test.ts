import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { renderDocx } from "./docx/render-docx";
import { OrderHtml } from "./html/order-html";
import { orderPlainText } from "./plain-text";
import { CAPTION_FORMS } from "./testing/caption-forms";
import { htmlText, normalizeText } from "./testing/html-text";
import { readDocx } from "./testing/read-docx";

const byName = (name: string) => CAPTION_FORMS.find((item) => item.name.startsWith(name))!;

/** The caption table of a rendered order: the document's first w:tbl. */
const firstTable = (xml: string) => /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(xml)?.[0] ?? "";

describe.each(CAPTION_FORMS)("caption form: $name", ({ doc, style }) => {
  it("prints the same words in the same order in Word (read back with mammoth), the preview and the plain text", async () => {
    const plain = normalizeText(orderPlainText(doc, style, { footnotes: false }));
    const docx = await readDocx(await renderDocx(doc, style));
    const html = htmlText(renderToStaticMarkup(createElement(OrderHtml, { doc, style })));
    expect(normalizeText(docx.text)).toBe(plain);
    expect(normalizeText(html.text)).toBe(plain);
  });
});

describe("caption forms in Word", () => {
  it("a divider form prints its divider on every row of the caption table", async () => {
    for (const name of ["§ divider", "boxed", "MDL"]) {
      const { doc, style } = byName(name);
      const table = firstTable((await readDocx(await renderDocx(doc, style))).documentXml);
      const rows = table.match(/<w:tr[ >]/g)?.length ?? 0;
      const divider = doc.caption.form.divider!;
      const printed = table.match(new RegExp(`<w:t(?: [^>]*)?>\\${divider}</w:t>`, "g"))?.length ?? 0;
      expect(rows, name).toBeGreaterThan(3);
      expect(printed, name).toBe(rows);
      expect(table, name).toMatch(/<w:gridCol w:w="360"\/>/);
    }
  });

  it("the D.D.C. box: a rule above the first row and below the last, nowhere else", async () => {
    const { doc, style } = byName("boxed");
    const table = firstTable((await readDocx(await renderDocx(doc, style))).documentXml);
    expect(table.match(/<w:top w:val="single"/g)).toHaveLength(1);
    expect(table.match(/<w:bottom w:val="single"/g)).toHaveLength(2); // the parties' cell and the divider's
  });

  it("Mississippi labels sit at the right, bottom of their cell", async () => {
    const { doc, style } = byName("labels at the right, V.");
    const table = firstTable((await readDocx(await renderDocx(doc, style))).documentXml);
    expect(table).toMatch(/<w:vAlign w:val="bottom"\/>[\s\S]*?<w:jc w:val="right"\/>[\s\S]*?PLAINTIFF/);
  });

  it("the title stays in the first row's right cell on pleading paper, before the consolidated cases", async () => {
    const { doc, style } = byName("consolidated on pleading paper");
    const text = normalizeText((await readDocx(await renderDocx(doc, style))).text);
    expect(text).toMatch(
      /Case No\.: 1:18-CV-75-RP ORDER DENYING[\s\S]*Consolidated with: Poe v\. City of Elgin, Case No\.: 1:18-CV-80-RP/,
    );
  });

  it("S.D.N.Y.: the judge's line prints under the title", async () => {
    const { doc, style } = byName("judge under the title");
    const text = normalizeText((await readDocx(await renderDocx(doc, style))).text);
    expect(text).toMatch(/\[Doc\. No\. 49\] ROBERT PITMAN, UNITED STATES DISTRICT JUDGE Presently before/);
  });
});
