import { describe, expect, it } from "vitest";
import { captionGrid, type CaptionGrid } from "./caption-grid";
import { CAPTION_FORMS } from "./testing/caption-forms";

const form = (name: string) => {
  const found = CAPTION_FORMS.find((item) => item.name.startsWith(name));
  if (!found) throw new Error(name);
  return captionGrid(found.doc.caption, found.style.captionLayout);
};

/** Each row as "left | divider | right" texts, lines joined by " / ". */
const rowsOf = (grid: CaptionGrid) =>
  grid.rows.map((row) =>
    [row.left.lines.map((l) => l.text).join(" / "), grid.divider ?? "", row.right.lines.map((l) => l.text).join(" / ")]
      .filter((_cell, i) => i !== 1 || grid.divider !== undefined)
      .join(" | "),
  );

describe("captionGrid", () => {
  it("generic: one row, the parties left and the number centered beside them", () => {
    const grid = form("generic");
    expect(rowsOf(grid)).toEqual([
      "BONNIE CRANKSHAW, / Plaintiff, / v. / CITY OF ELGIN; and THOMAS MATTIS, / Defendants. | No. 1:18-CV-75-RP",
    ]);
    expect(grid.rows[0]!.right.align).toBe("center");
    expect(grid.rows[0]!.left.lines.map((l) => l.indent)).toEqual([0, 3, 1, 0, 3]);
  });

  it("two-column: one row with the number at the top (the title joins it there)", () => {
    const grid = form("pleading paper");
    expect(grid.rows).toHaveLength(1);
    expect(grid.rows[0]!.right.align).toBe("top");
  });

  it("labels at the right (Mississippi): a row per side, the role at the right of the names, the number on the V. row", () => {
    const grid = form("labels at the right, V.");
    expect(rowsOf(grid)).toEqual([
      "BONNIE CRANKSHAW | PLAINTIFF",
      "V. | CIVIL ACTION NO.: 1:18-CV-75-RP",
      "CITY OF ELGIN; and THOMAS MATTIS | DEFENDANTS",
    ]);
    expect(grid.rows[0]!.right).toMatchObject({ align: "bottom", lines: [{ alignRight: true }] });
  });

  it("VERSUS rows (Louisiana): CIVIL ACTION beside the plaintiffs, the number beside VERSUS", () => {
    expect(rowsOf(form("VERSUS rows"))).toEqual([
      "BONNIE CRANKSHAW | CIVIL ACTION",
      "VERSUS | NO. 1:18-CV-75-RP",
      "CITY OF ELGIN; and THOMAS MATTIS | ",
    ]);
  });

  it("§ divider (Texas): a row per line, § on every row, blank § rows between the sides", () => {
    const grid = form("§ divider");
    expect(rowsOf(grid)).toEqual([
      "BONNIE CRANKSHAW, | § | ",
      "Plaintiff, | § | ",
      " | § | ",
      "v. | § | 1:18-CV-75-RP",
      " | § | ",
      "CITY OF ELGIN; and THOMAS MATTIS, | § | ",
      "Defendants. | § | ",
    ]);
    expect(grid.boxed).toBe(false);
  });

  it("boxed (D.D.C.): a blank ) row under the top rule and over the bottom one", () => {
    const grid = form("boxed");
    expect(grid).toMatchObject({ boxed: true, divider: ")" });
    expect(rowsOf(grid)[0]).toBe(" | ) | ");
    expect(rowsOf(grid).at(-1)).toBe(" | ) | ");
    expect(rowsOf(grid)).toContain("v. | ) | Civil Action No. 1:18-CV-75-RP");
  });

  it("E.D. Mich.: the judge's name and title under the number", () => {
    expect(rowsOf(form("judge under the number"))[0]).toMatch(
      /\| Case No\. 1:18-CV-75-RP \/ Robert Pitman \/ United States District Judge$/,
    );
  });

  it("MDL (E.D. Ky.): IN RE: beside the numbers, then each member case beside its number, ) on every row", () => {
    expect(rowsOf(form("MDL"))).toEqual([
      "IN RE: DARVOCET, DARVON AND PROPOXYPHENE PRODUCTS LIABILITY LITIGATION | ) | Master File No. 2: 11-md-2226-DCR / MDL Docket No. 2226",
      " | ) | ",
      "Esposito v. Xanodyne Pharm., Inc., et al., | ) | Civil Action No. 2:11-175-DCR",
      "Corso v. Teva Pharm. USA, Inc., et al., | ) | Civil Action No. 2:11-179-DCR",
    ]);
  });

  it("In re for all actions: the relates-to line under the name", () => {
    expect(rowsOf(form("In re, all cases"))).toEqual([
      "IN RE: ACME SECURITIES LITIGATION | No. 1:18-CV-75-RP",
      " | ",
      "THIS DOCUMENT RELATES TO: ALL ACTIONS | ",
    ]);
  });

  it("consolidated: the lead case, then 'Consolidated with:' and each case beside its number", () => {
    expect(rowsOf(form("consolidated on pleading paper")).slice(1)).toEqual([
      " | ",
      "Consolidated with: | ",
      "Poe v. City of Elgin, | Case No.: 1:18-CV-80-RP",
    ]);
  });

  it("keys every printed line by its part and place, for the review's redline", () => {
    const sources = form("MDL")
      .rows.flatMap((row) => [...row.left.lines, ...row.right.lines])
      .flatMap((line) => (line.source ? [`${line.source.part}:${line.source.index}`] : []));
    expect(sources).toEqual([
      "caption:0",
      "case-number:0",
      "caption:1",
      "caption:2",
      "caption:3",
      "caption:4",
      "caption:5",
    ]);
  });
});
