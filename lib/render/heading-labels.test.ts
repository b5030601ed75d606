import { describe, expect, it } from "vitest";
import type { Block } from "@/lib/order-doc/types";
import { headingLabels, toLetters, toRoman } from "./heading-labels";

const h = (level: 1 | 2 | 3): Block => ({
  kind: "heading",
  level,
  content: [{ kind: "text", text: "H" }],
  section: "discussion",
});
const p: Block = { kind: "paragraph", content: [], section: "discussion" };

describe("headingLabels", () => {
  it.each([
    [1, "I"],
    [4, "IV"],
    [9, "IX"],
    [14, "XIV"],
    [40, "XL"],
    [1999, "MCMXCIX"],
  ])("toRoman(%i) = %s", (n, roman) => expect(toRoman(n)).toBe(roman));

  it.each([
    [1, "A"],
    [26, "Z"],
    [27, "AA"],
    [28, "AB"],
  ])("toLetters(%i) = %s", (n, letters) => expect(toLetters(n)).toBe(letters));

  it("numbers roman-letter headings I./A./1. and restarts lower levels", () => {
    const body = [h(1), p, h(2), h(3), h(3), h(2), h(1), h(2), h(3)];
    expect(headingLabels(body, "roman-letter")).toEqual(["I.", undefined, "A.", "1.", "2.", "B.", "II.", "A.", "1."]);
  });

  it("numbers the top level 1., 2. in arabic-caps and I., II. in roman-caps, lower levels as roman-letter", () => {
    const body = [h(1), h(2), h(3), h(1), h(2)];
    expect(headingLabels(body, "arabic-caps")).toEqual(["1.", "A.", "1.", "2.", "A."]);
    expect(headingLabels(body, "roman-caps")).toEqual(["I.", "A.", "1.", "II.", "A."]);
  });

  it.each(["caps-centered", "none"] as const)("leaves %s headings unnumbered", (style) => {
    expect(headingLabels([h(1), h(2)], style)).toEqual([undefined, undefined]);
  });
});
