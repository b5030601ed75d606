import { describe, expect, it } from "vitest";
import { orderPlainText, superscriptNumber } from "./plain-text";
import { titleLayout } from "./title-layout";
import { PLAIN_STYLE, PLEADING_STYLE, sampleOrder } from "./testing/order-fixtures";

describe("orderPlainText", () => {
  const doc = sampleOrder();

  it("reads caption, title, body, signature, then footnotes, in that order", () => {
    const text = orderPlainText(doc, PLAIN_STYLE);
    const order = [
      "UNITED STATES DISTRICT COURT",
      "JAMES LINLOR,",
      "Plaintiff,",
      "v.",
      "Defendants.",
      "Case No.: 17cv218-MMA (BLM)",
      "ORDER DENYING PLAINTIFF'S EX PARTE MOTION",
      "[Doc. No. 49]",
      "Presently before the Court",
      "I. Background",
      "II. Discussion",
      "A. Legal Standard",
      "Coopers & Lybrand v. Livesay, 437 U.S. 463, 475 (1978).",
      "[S]uch order involves",
      "1. Elements",
      "1. a controlling question of law;",
      "3. material advancement",
      "B. Analysis",
      "[citation].",
      "III. Conclusion",
      "IT IS SO ORDERED.",
      "Dated: April 5, 2018",
      "Hon. Michael M. Anello",
      "United States District Judge",
      "¹ As such, the Court also DENIES AS MOOT",
      "² The Ninth Circuit follows Coopers.",
    ];
    let from = 0;
    for (const piece of order) {
      const at = text.indexOf(piece, from);
      expect(at, piece).toBeGreaterThanOrEqual(from);
      from = at + piece.length;
    }
  });

  it("follows the style: caps-centered headings in capitals without numbers", () => {
    const text = orderPlainText(doc, PLEADING_STYLE);
    expect(text).toContain("\n\nBACKGROUND\n\n");
    expect(text).not.toContain("I. Background");
  });

  it("prints footnote marks only when asked", () => {
    expect(orderPlainText(doc, PLAIN_STYLE)).toContain("interlocutory appeal. The Court");
    expect(orderPlainText(doc, PLAIN_STYLE, { footnoteMarks: true })).toContain("interlocutory appeal.¹ The Court");
    expect(orderPlainText(doc, PLAIN_STYLE, { footnotes: false })).not.toContain("DENIES AS MOOT");
  });

  it("writes multi-digit superscripts", () => expect(superscriptNumber(12)).toBe("¹²"));
});

describe("titleLayout", () => {
  it.each([
    { titleDocketRef: "parenthetical", placement: "after-title" },
    { titleDocketRef: "bracket-line", placement: "own-line" },
    { titleDocketRef: "none", placement: "own-line" },
  ] as const)("$titleDocketRef → $placement", ({ titleDocketRef, placement }) => {
    const layout = titleLayout(sampleOrder({ title: "Order Denying\nMotion" }), { ...PLAIN_STYLE, titleDocketRef });
    expect(layout.lines).toEqual(["ORDER DENYING", "MOTION"]);
    expect(layout.docketRefPlacement).toBe(placement);
  });
});
