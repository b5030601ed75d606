import { describe, expect, it } from "vitest";
import { checkPage, hasPleadingHeader, parseBboxPages } from "@/scripts/check-docx-render";
import { renderDocx } from "./docx/render-docx";
import { PLAIN_STYLE, PLEADING_STYLE, sampleOrder } from "./testing/order-fixtures";

const word = (xMin: number, yMax: number, text: string) =>
  `<word xMin="${xMin}" yMin="${yMax - 12}" xMax="${xMin + 10}" yMax="${yMax}">${text}</word>`;
const grid = (n: number) => 72 + 24 * n - 4.6;

describe("check-docx-render (pure parts)", () => {
  it("reads words and their boxes per page from pdftotext -bbox", () => {
    const html = `<doc><page width="612" height="792">${word(68, 95.4, "1")}${word(108, 95.4, "Hello")}</page><page width="612" height="792"></page></doc>`;
    expect(parseBboxPages(html)).toEqual([
      [
        { xMin: 68, yMax: 95.4, text: "1" },
        { xMin: 108, yMax: 95.4, text: "Hello" },
      ],
      [],
    ]);
  });

  it.each([
    { case: "all 28 numbers, body on the grid", numbers: 28, bodyAt: [1, 2, 3], shift: 0, missing: [], off: 0 },
    { case: "number 28 missing", numbers: 27, bodyAt: [1], shift: 0, missing: [28], off: 0 },
    { case: "body 12 pt off the grid", numbers: 28, bodyAt: [1, 2], shift: 12, missing: [], off: 2 },
    { case: "body within 1 pt of the grid", numbers: 28, bodyAt: [5], shift: 0.8, missing: [], off: 0 },
  ])("$case", ({ numbers, bodyAt, shift, missing, off }) => {
    const words = [
      ...Array.from({ length: numbers }, (_, i) => ({ xMin: 68, yMax: grid(i + 1), text: String(i + 1) })),
      ...bodyAt.map((line) => ({ xMin: 120, yMax: grid(line) + shift, text: "text" })),
    ];
    const page = checkPage(words, 1, true);
    expect(page.missingNumbers).toEqual(missing);
    expect(page.offGridLines).toBe(off);
    expect(page.bodyLines).toBe(bodyAt.length);
  });

  it("detects pleading paper from the header's text box", async () => {
    expect(hasPleadingHeader(await renderDocx(sampleOrder(), PLEADING_STYLE))).toBe(true);
    expect(hasPleadingHeader(await renderDocx(sampleOrder(), PLAIN_STYLE))).toBe(false);
  });
});
