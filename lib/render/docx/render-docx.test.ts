import { describe, expect, it } from "vitest";
import { DEFAULT_STYLE } from "@/lib/style/style-profile";
import { PLAIN_STYLE, PLEADING_STYLE, sampleOrder } from "../testing/order-fixtures";
import { readDocx } from "../testing/read-docx";
import { findAll, findFirst, paragraphsWithText, parseXml, wText, type XmlElement } from "../testing/xml-tree";
import { renderDocx } from "./render-docx";

const doc = sampleOrder();
const read = async (style = PLAIN_STYLE, order = doc) => {
  const file = await readDocx(await renderDocx(order, style));
  return { ...file, document: parseXml(file.documentXml), footnotesTree: parseXml(file.footnotesXml) };
};
const paragraph = (root: XmlElement, startsWith: string) => {
  const found = paragraphsWithText(root).find(({ text }) => text.startsWith(startsWith));
  if (!found) throw new Error(`no paragraph starting "${startsWith}"`);
  return found.p;
};
const spacing = (p: XmlElement) => findFirst(p, "w:spacing")?.attrs ?? {};

describe("renderDocx", () => {
  it("returns a .docx (a zip) with document, footnotes, footer and core properties", async () => {
    const bytes = await renderDocx(doc, PLAIN_STYLE);
    expect(bytes).toBeInstanceOf(Uint8Array);
    const file = await readDocx(bytes);
    expect(file.parts).toEqual(
      expect.arrayContaining(["word/document.xml", "word/footnotes.xml", "docProps/core.xml"]),
    );
    expect(file.footerXml).toContain("PAGE");
  });

  it("sets the style's font and size as the document default", async () => {
    const { stylesXml } = await read();
    const defaults = findFirst(parseXml(stylesXml), "w:rPrDefault");
    expect(defaults && findFirst(defaults, "w:rFonts")?.attrs["w:ascii"]).toBe("Times New Roman");
    expect(defaults && findFirst(defaults, "w:sz")?.attrs["w:val"]).toBe("24");
    const { stylesXml: garamond } = await read({ ...PLAIN_STYLE, font: "Garamond", fontSizePt: 13 });
    expect(garamond).toContain('w:ascii="Garamond"');
    expect(garamond).toContain('w:val="26"');
  });

  it('double-spaces body paragraphs with a 0.5" first-line indent; block quotes single-spaced and indented both sides', async () => {
    const { document } = await read();
    const body = paragraph(document, "Presently before the Court");
    expect(spacing(body)).toMatchObject({ "w:line": "480", "w:lineRule": "auto" });
    expect(findFirst(body, "w:ind")?.attrs["w:firstLine"]).toBe("720");
    const quote = paragraph(document, "[S]uch order");
    expect(spacing(quote)).toMatchObject({ "w:line": "240" });
    expect(findFirst(quote, "w:ind")?.attrs).toMatchObject({ "w:left": "720", "w:right": "720" });
  });

  it("prints italic, bold and cite runs with their marks and highlights an unresolved cite", async () => {
    const { document } = await read();
    const runs = findAll(document, "w:r");
    const run = (text: string) => runs.find((r) => wText(r) === text);
    expect(findFirst(run("pro se")!, "w:i")).toBeDefined();
    expect(findFirst(run("Coopers & Lybrand v. Livesay")!, "w:i")).toBeDefined();
    expect(findFirst(run(", 437 U.S. 463, 475 (1978)")!, "w:i")).toBeUndefined();
    expect(findFirst(run("DENIES")!, "w:b")).toBeDefined();
    expect(findFirst(run("[citation]")!, "w:highlight")?.attrs["w:val"]).toBe("yellow");
  });

  it("writes real footnotes, numbered in order of first reference, single-spaced and smaller", async () => {
    const { document, footnotesTree, footnotes } = await read();
    expect(findAll(document, "w:footnoteReference").map((r) => r.attrs["w:id"])).toEqual(["1", "2"]);
    expect(footnotes[0]).toContain("As such, the Court also DENIES AS MOOT the request to stay.");
    expect(footnotes[1]).toContain("The Ninth Circuit follows Coopers.");
    const note = findAll(footnotesTree, "w:footnote").find((f) => f.attrs["w:id"] === "1")!;
    expect(spacing(findFirst(note, "w:p")!)).toMatchObject({ "w:line": "240" });
    expect(findAll(note, "w:sz").some((sz) => sz.attrs["w:val"] === "20")).toBe(true);
  });

  it.each([
    {
      headingStyle: "roman-letter",
      texts: ["I.", "Background", "A.", "Legal Standard", "1.", "Elements", "III.", "Conclusion"],
      center: false,
    },
    { headingStyle: "caps-centered", texts: ["BACKGROUND", "DISCUSSION", "CONCLUSION"], center: true },
    { headingStyle: "none", texts: ["Background", "Discussion", "Conclusion"], center: false },
  ] as const)("numbers and places headings per style: $headingStyle", async ({ headingStyle, texts, center }) => {
    const { document } = await read({ ...PLAIN_STYLE, headingStyle });
    const headings = findAll(document, "w:p").filter((p) => findFirst(p, "w:outlineLvl"));
    const allText = headings.map(wText).join("|");
    let from = 0;
    for (const text of texts) {
      const at = allText.indexOf(text, from);
      expect(at, text).toBeGreaterThanOrEqual(0);
      from = at;
    }
    const level1 = headings.find((p) => findFirst(p, "w:outlineLvl")?.attrs["w:val"] === "0")!;
    expect(findFirst(level1, "w:jc")?.attrs["w:val"] === "center").toBe(center);
    for (const p of headings) {
      expect(findFirst(p, "w:keepNext")).toBeDefined();
      expect(findAll(p, "w:r").every((r) => findFirst(r, "w:b") || findFirst(r, "w:tab"))).toBe(true);
    }
    if (headingStyle !== "roman-letter") expect(allText).not.toMatch(/\bI\.|\bA\./);
  });

  it("stacked caption: borderless parties/case-number table, then the centered bold title with its parenthetical ref", async () => {
    const { document } = await read(PLAIN_STYLE);
    const table = findFirst(document, "w:tbl")!;
    const cells = findAll(table, "w:tc");
    expect(cells).toHaveLength(2);
    expect(wText(cells[0]!)).toBe("JAMES LINLOR,Plaintiff,v.FUTERO, INC.; and DOES 1-9,Defendants.");
    expect(wText(cells[1]!)).toBe("Case No.: 17cv218-MMA (BLM)");
    expect(
      findAll(table, "w:top")
        .concat(findAll(table, "w:bottom"))
        .every((b) => b.attrs["w:val"] === "none" || !b.attrs["w:val"]),
    ).toBe(true);
    const title = paragraph(document, "ORDER DENYING");
    expect(wText(title)).toMatch(/INTERLOCUTORY APPEAL \[Doc\. No\. 49\]$/);
    expect(findFirst(title, "w:jc")?.attrs["w:val"]).toBe("center");
    expect(findFirst(title, "w:b")).toBeDefined();
  });

  it("two-column caption: the title and its bracketed docket line in the right cell, a rule right of the parties", async () => {
    const { document } = await read(PLEADING_STYLE);
    const cells = findAll(findFirst(document, "w:tbl")!, "w:tc");
    const right = paragraphsWithText(cells[1]!).map(({ text }) => text);
    expect(right).toEqual([
      "Case No.: 17cv218-MMA (BLM)",
      "ORDER DENYING PLAINTIFF'S EX PARTE MOTION FOR MODIFICATION TO ORDER TO PERMIT INTERLOCUTORY APPEAL",
      "[Doc. No. 49]",
    ]);
    expect(findFirst(findFirst(cells[0]!, "w:tcBorders")!, "w:right")?.attrs["w:val"]).toBe("single");
    expect(findFirst(findFirst(cells[0]!, "w:tcBorders")!, "w:bottom")?.attrs["w:val"]).toBe("none");
  });

  it("puts the signer at the right half, kept with the closing paragraph", async () => {
    const { document } = await read(PLEADING_STYLE);
    const closing = paragraph(document, "IT IS SO ORDERED.");
    expect(findFirst(closing, "w:keepNext")).toBeDefined();
    const date = paragraph(document, "Dated: April 5, 2018");
    expect(findFirst(date, "w:keepNext")).toBeDefined();
    expect(findFirst(date, "w:ind")?.attrs["w:left"] ?? "0").toBe("0");
    for (const line of ["Hon. Michael M. Anello", "United States District Judge"]) {
      expect(findFirst(paragraph(document, line), "w:ind")?.attrs["w:left"]).toBe("4680");
    }
  });

  it("sets the title in the document properties and no personal author", async () => {
    const { coreXml } = await read();
    const core = parseXml(coreXml);
    expect(wTextOf(core, "dc:title")).toBe(doc.title);
    expect(wTextOf(core, "dc:creator")).toBe("Chambers Drafts");
    expect(wTextOf(core, "cp:lastModifiedBy")).toBe("Chambers Drafts");
  });

  it("uses the default style without throwing (DEFAULT_STYLE is plain paper)", async () => {
    const { headerXml } = await read(DEFAULT_STYLE);
    expect(headerXml).not.toContain("txbxContent");
  });
});

describe("renderDocx on pleading paper", () => {
  it("sets every body line to an exact 24 pt (line 480, lineRule exact)", async () => {
    const { document } = await read(PLEADING_STYLE);
    for (const start of [
      "Presently before the Court",
      "BACKGROUND",
      "Certification is",
      "JAMES LINLOR,",
      "Case No.:",
      "Dated:",
    ]) {
      expect(spacing(paragraph(document, start)), start).toMatchObject({ "w:line": "480", "w:lineRule": "exact" });
    }
  });

  it("holds the numbers 1-28 in a text box in the header, each paragraph exactly 24 pt, anchored to the page", async () => {
    const { headerXml } = await read(PLEADING_STYLE);
    const header = parseXml(headerXml);
    const box = findFirst(header, "w:txbxContent")!;
    const numbers = findAll(box, "w:p");
    expect(numbers.map(wText)).toEqual(Array.from({ length: 28 }, (_, i) => String(i + 1)));
    for (const p of numbers) expect(spacing(p)).toMatchObject({ "w:line": "480", "w:lineRule": "exact" });
    const anchors = findAll(header, "wp:anchor");
    expect(anchors.length).toBeGreaterThanOrEqual(2);
    for (const anchor of anchors) {
      expect(findFirst(anchor, "wp:positionH")?.attrs.relativeFrom).toBe("page");
      expect(findFirst(anchor, "wp:positionV")?.attrs.relativeFrom).toBe("page");
      for (const offset of findAll(anchor, "wp:posOffset")) expect(offset.children.join("")).toMatch(/^\d+$/);
    }
    const boxTop = findFirst(findFirst(anchors[0]!, "wp:positionV")!, "wp:posOffset")!.children.join("");
    expect(Number(boxTop)).toBe(72 * 12700);
  });

  it("starts the body at the box's top and leaves room for exactly 28 lines", async () => {
    const { document } = await read(PLEADING_STYLE);
    const margins = findFirst(document, "w:pgMar")!.attrs;
    expect(Number(margins["w:top"])).toBe(1440);
    const room = 15840 - Number(margins["w:top"]) - Number(margins["w:bottom"]);
    expect(Math.floor(room / 480)).toBe(28);
    expect(findFirst(document, "w:lnNumType")).toBeUndefined();
  });

  it("has no line numbers on plain paper", async () => {
    const { headerXml, documentXml } = await read(PLAIN_STYLE);
    expect(headerXml).not.toContain(">28<");
    expect(documentXml).not.toContain('w:lineRule="exact"');
  });
});

function wTextOf(root: XmlElement, name: string): string {
  return (
    findFirst(root, name)
      ?.children.filter((c): c is string => typeof c === "string")
      .join("") ?? ""
  );
}

describe("renderDocx inline details", () => {
  it("underlines, breaks lines and prints multi-line titles with breaks", async () => {
    const order = sampleOrder({
      title: "Order Denying Motion\nfor Certification",
      body: [
        {
          kind: "paragraph",
          content: [
            { kind: "text", text: "Coopers", marks: ["underline", "italic"] },
            { kind: "lineBreak" },
            { kind: "text", text: "next line" },
          ],
          section: "discussion",
        },
      ],
      footnotes: {},
    });
    const { document } = await read(PLAIN_STYLE, order);
    const run = findAll(document, "w:r").find((r) => wText(r) === "Coopers")!;
    expect(findFirst(run, "w:u")?.attrs["w:val"]).toBe("single");
    expect(findFirst(run, "w:i")).toBeDefined();
    expect(findAll(paragraph(document, "Coopers"), "w:br")).toHaveLength(1);
    const title = paragraph(document, "ORDER DENYING MOTION");
    expect(wText(title)).toContain("ORDER DENYING MOTIONFOR CERTIFICATION");
    expect(findAll(title, "w:br")).toHaveLength(1);
  });
});
