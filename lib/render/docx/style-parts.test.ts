import { describe, expect, it } from "vitest";
import { PLAIN_STYLE, PLEADING_STYLE, longOrder, sampleOrder } from "../testing/order-fixtures";
import { readDocx } from "../testing/read-docx";
import { findAll, findFirst, parseXml, wText } from "../testing/xml-tree";
import { renderDocx } from "./render-docx";
import { styleParts } from "./style-parts";

const headerNumbers = (headerXml: string) =>
  findAll(findFirst(parseXml(headerXml), "w:txbxContent")!, "w:p").map(wText);

describe("styleParts", () => {
  it("builds a style's header and footer once, and other parts for another style", () => {
    const parts = styleParts(PLEADING_STYLE);
    expect(styleParts({ ...PLEADING_STYLE })).toBe(parts);
    expect(parts.header).toBeDefined();
    expect(styleParts({ ...PLEADING_STYLE, font: "Garamond" })).not.toBe(parts);
    expect(styleParts(PLAIN_STYLE).header).toBeUndefined();
  });

  it("gives every order of a style the same header and footer, whatever was rendered before", async () => {
    const first = await readDocx(await renderDocx(sampleOrder(), PLEADING_STYLE));
    await renderDocx(longOrder(10), PLAIN_STYLE);
    const second = await readDocx(await renderDocx(longOrder(40), PLEADING_STYLE));
    expect(headerNumbers(second.headerXml)).toEqual(Array.from({ length: 28 }, (_, i) => String(i + 1)));
    expect(second.headerXml).toBe(first.headerXml);
    expect(second.footerXml).toBe(first.footerXml);
    expect(second.footerXml).toContain("PAGE");
  });
});
