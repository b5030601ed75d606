import { describe, expect, it } from "vitest";
import { CircuitIdSchema } from "./circuits";
import { DISTRICT_CAPTION_FORMS } from "./district-caption-forms";
import { DISTRICTS } from "./districts";
import { DistrictSchema } from "./district";

const countBy = (key: (district: (typeof DISTRICTS)[number]) => string) =>
  DISTRICTS.reduce<Record<string, number>>(
    (counts, district) => ({ ...counts, [key(district)]: (counts[key(district)] ?? 0) + 1 }),
    {},
  );

describe("DISTRICTS", () => {
  it("has exactly 94 districts", () => expect(DISTRICTS).toHaveLength(94));
  it("has unique ids, names and abbreviations", () => {
    for (const field of ["id", "name", "bluebook"] as const) {
      expect(new Set(DISTRICTS.map((district) => district[field])).size).toBe(94);
    }
  });
  it("every row parses with DistrictSchema", () => {
    for (const district of DISTRICTS) expect(DistrictSchema.parse(district)).toEqual(district);
  });

  it("counts districts per state as 28 U.S.C. §§ 81-131 do", () => {
    const perState = countBy((district) => district.state.code);
    const expected: Record<string, number> = {
      CA: 4,
      TX: 4,
      NY: 4,
      FL: 3,
      OK: 3,
      PA: 3,
      NC: 3,
      AL: 3,
      GA: 3,
      LA: 3,
      TN: 3,
      IL: 3,
      WA: 2,
      WI: 2,
      IN: 2,
      IA: 2,
      KY: 2,
      MI: 2,
      MS: 2,
      MO: 2,
      OH: 2,
      VA: 2,
      WV: 2,
      AR: 2,
    };
    expect(Object.keys(perState)).toHaveLength(50 + 1 + 1 + 3);
    for (const [code, count] of Object.entries(perState)) expect([code, count]).toEqual([code, expected[code] ?? 1]);
  });

  it("counts districts per circuit as 28 U.S.C. § 41 does", () => {
    expect(countBy((district) => district.circuit)).toEqual({
      "1st": 5,
      "2d": 6,
      "3d": 6,
      "4th": 9,
      "5th": 9,
      "6th": 9,
      "7th": 7,
      "8th": 10,
      "9th": 15,
      "10th": 8,
      "11th": 9,
      dc: 1,
    });
  });
  it("every circuit but the Federal Circuit has districts", () => {
    const circuits = new Set(DISTRICTS.map((district) => district.circuit));
    for (const id of CircuitIdSchema.options) expect([id, circuits.has(id)]).toEqual([id, id !== "fed"]);
  });

  it.each([
    ["gud", "9th", "GU"],
    ["nmid", "9th", "MP"],
    ["vid", "3d", "VI"],
  ])("%s is a territorial court in the %s Circuit", (id, circuit, state) => {
    expect(DISTRICTS.find((district) => district.id === id)).toMatchObject({
      circuit,
      isTerritorial: true,
      state: { code: state },
    });
  });
  it("only the three territorial courts are territorial", () => {
    expect(DISTRICTS.filter((district) => district.isTerritorial).map((district) => district.id)).toEqual([
      "gud",
      "nmid",
      "vid",
    ]);
  });
  it.each([
    ["prd", "1st", "D.P.R.", "District of Puerto Rico"],
    ["dcd", "dc", "D.D.C.", "District of Columbia"],
    ["nmd", "10th", "D.N.M.", "District of New Mexico"],
    ["nysd", "2d", "S.D.N.Y.", "Southern District of New York"],
    ["ilnd", "7th", "N.D. Ill.", "Northern District of Illinois"],
    ["wvsd", "4th", "S.D. W. Va.", "Southern District of West Virginia"],
    ["nmid", "9th", "D. N. Mar. I.", "District of the Northern Mariana Islands"],
  ])("%s: %s Circuit, %s, %s", (id, circuit, bluebook, name) => {
    expect(DISTRICTS.find((district) => district.id === id)).toMatchObject({ circuit, bluebook, name });
  });

  it("prints the four California districts on pleading paper", () => {
    const california = DISTRICTS.filter((district) => district.state.code === "CA");
    expect(california.map((district) => district.id).sort()).toEqual(["cacd", "caed", "cand", "casd"]);
    for (const district of california) {
      expect(district.styleOverrides).toMatchObject({ paper: "pleading-28", captionLayout: "two-column" });
    }
  });
  it("gives style overrides only to California, New Mexico and the districts whose caption form was seen", () => {
    const styled = DISTRICTS.filter((district) => Object.keys(district.styleOverrides).length > 0).map(
      (district) => district.id,
    );
    expect(styled.sort()).toEqual(
      ["cacd", "caed", "cand", "casd", "nmd", ...Object.keys(DISTRICT_CAPTION_FORMS)].sort(),
    );
  });
  it("takes each caption form from orders read, and gives the district that form", () => {
    for (const [id, form] of Object.entries(DISTRICT_CAPTION_FORMS)) {
      expect(form.evidence.length, id).toBeGreaterThan(0);
      for (const source of form.evidence) expect(source, id).toMatch(/^(shared\/corpus\/case-\d\d\.md|https:\/\/)/);
      expect(DISTRICTS.find((district) => district.id === id)?.styleOverrides.caption, id).toEqual(form.caption);
    }
  });

  it("prints the D.N.M. caption exactly", () => {
    expect(DISTRICTS.find((district) => district.id === "nmd")?.captionLines).toEqual([
      "IN THE UNITED STATES DISTRICT COURT",
      "FOR THE DISTRICT OF NEW MEXICO",
    ]);
  });
  it("prints the S.D. Cal. caption as the court does", () => {
    expect(DISTRICTS.find((district) => district.id === "casd")?.captionLines).toEqual([
      "UNITED STATES DISTRICT COURT",
      "SOUTHERN DISTRICT OF CALIFORNIA",
    ]);
  });
});
