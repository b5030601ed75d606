import { describe, expect, it } from "vitest";
import { cleanText, originalSpan } from "./clean-text";

const numbered = (lines: string[], from = 1) => lines.map((line, i) => `${from + i} ${line}`).join("\n");

describe("cleanText", () => {
  it("strips pleading-paper line numbers, also inside a citation broken across lines", () => {
    const text = numbered([
      "A question of law means a pure question of law. Ahrenholz v. Bd. of Trs., 219",
      "F.3d 674, 676-77 (7th Cir. 2000).",
      "Next line.",
      "And another.",
      "And a fifth.",
    ]);
    const clean = cleanText(text);
    expect(clean.text).toContain("Ahrenholz v. Bd. of Trs., 219\nF.3d 674, 676-77");
    expect(clean.text).not.toMatch(/^\d/m);
  });

  it("keeps a number that opens a line out of sequence (28 U.S.C. after line 27), and numbers in text that is not numbered", () => {
    const text = numbered(["one", "two", "three", "four", "five", "Under"]) + "\n28 U.S.C. § 1292(b) applies.";
    expect(cleanText(text).text).toContain("\n28 U.S.C. § 1292(b) applies.");
    expect(cleanText("1 apple\n2 pears").text).toBe("1 apple\n2 pears");
  });

  it("restarts the count on each page and drops a page of bare numbers", () => {
    const page = Array.from({ length: 28 }, (_, i) => `${i + 1}`).join("\n");
    const text = `${page}\n\nCaption\n\n${numbered(["Body one.", "Body two.", "Body three."])}`;
    expect(cleanText(text).text.trim()).toBe("Caption\n\nBody one.\nBody two.\nBody three.");
  });

  it("removes emphasis and underline markup but keeps Westlaw star pages", () => {
    const clean = cleanText("*Brizzee*, 2008 WL 426510, at * 4; **DENIES**; <u>Coopers</u>; at *1");
    expect(clean.text).toBe("Brizzee, 2008 WL 426510, at * 4; DENIES; Coopers; at *1");
  });

  it("removes the CM/ECF stamp of each page and makes quotes plain", () => {
    const clean = cleanText(
      "Case 1:11-cv-00446-LJO-BAM Document 180 Filed 02/02/15 Page 2 of 4\nUnited Nat’l “quoted”",
    );
    expect(clean.text).toBe('\nUnited Nat\'l "quoted"');
  });

  it("maps each cleaned span back to where it was typed", () => {
    const original = numbered(["See *Moore v. Brewster*, 96", "F.3d 1240.", "x", "y", "z"]);
    const clean = cleanText(original);
    const start = clean.text.indexOf("Moore");
    const end = clean.text.indexOf("1240") + 4;
    const span = originalSpan(clean, start, end);
    expect(original.slice(span.start, span.end)).toBe("Moore v. Brewster*, 96\n2 F.3d 1240");
  });
});
