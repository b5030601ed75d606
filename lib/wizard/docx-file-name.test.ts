import { describe, expect, it } from "vitest";
import type { OrderDoc } from "@/lib/order-doc/types";
import { sampleOrder } from "@/lib/render/testing/order-fixtures";
import { docxFileName, redlineFileName } from "./docx-file-name";

const withCaption = (shortCaption: string): OrderDoc => {
  const doc = sampleOrder();
  return { ...doc, meta: { ...doc.meta, shortCaption, orderDate: "2018-04-05" } };
};

describe("docxFileName", () => {
  it("names the file by date and caption", () => {
    expect(docxFileName(withCaption("Linlor v. Futero"))).toBe("2018-04-05 Linlor v. Futero - Order re 1292(b).docx");
  });

  // Found by the property tests: a long caption cut the whole name at 180 units, losing ".docx",
  // and a cut through an emoji left a lone surrogate, on which the download's header threw.
  it.each([
    ["a long caption", `${"The Board of Trustees of the Leland Stanford Junior University ".repeat(3)}v. Futero`],
    ["an emoji at the cut", `${"a".repeat(149)}😀😀😀 v. Futero`],
    ["a family emoji at the cut", `${"a".repeat(140)}${"👨‍👩‍👧‍👦".repeat(4)} v. Futero`],
  ])("keeps the extension and whole characters with %s", (_label, caption) => {
    const name = docxFileName(withCaption(caption));
    expect(name).toMatch(/^2018-04-05 a|^2018-04-05 The/);
    expect(name).toMatch(/… - Order re 1292\(b\)\.docx$/);
    expect(name.length).toBeLessThanOrEqual(180);
    expect(name).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    // The download's Content-Disposition percent-encodes the name, which throws on a lone surrogate.
    expect(() => encodeURIComponent(name)).not.toThrow();
  });
});

describe("redlineFileName", () => {
  it("names the redline by its revisions and the caption, shortened like the order's", () => {
    expect(redlineFileName(withCaption("Linlor v. Futero"), 1, 2)).toBe("Redline r1 to r2 - Linlor v. Futero.docx");
    const name = redlineFileName(withCaption(`${"a".repeat(149)}😀😀😀 v. Futero`), 3, 12);
    expect(name).toMatch(/^Redline r3 to r12 - a+😀*…\.docx$/u);
    expect(() => encodeURIComponent(name)).not.toThrow();
  });
});
