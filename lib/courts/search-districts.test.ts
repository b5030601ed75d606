import { describe, expect, it } from "vitest";
import { DISTRICTS } from "./districts";
import { searchDistricts } from "./search-districts";

const firstId = (query: string) => searchDistricts(query)[0]?.id;

describe("searchDistricts", () => {
  it.each([
    ["sdcal", "casd"],
    ["S.D. Cal.", "casd"],
    ["s.d. cal", "casd"],
    ["southern california", "casd"],
    ["Southern District of California", "casd"],
    ["casd", "casd"],
    ["CASD", "casd"],
    ["new mexico", "nmd"],
    ["D.N.M.", "nmd"],
    ["nmd", "nmd"],
    ["E.D. Cal.", "caed"],
    ["eastern california", "caed"],
    ["SDNY", "nysd"],
    ["N.D. Ill.", "ilnd"],
    ["D.D.C.", "dcd"],
    ["district of columbia", "dcd"],
    ["guam", "gud"],
    ["D. N. Mar. I.", "nmid"],
    ["mariana", "nmid"],
    ["Virgin Islands", "vid"],
    ["puerto rico", "prd"],
    ["S.D. W. Va.", "wvsd"],
  ])("%s finds %s first", (query, id) => expect(firstId(query)).toBe(id));

  it("ranks an exact abbreviation above a state-code match", () => {
    // "sd" is South Dakota's code, and a prefix of every Southern District's abbreviation.
    expect(searchDistricts("D.S.D.")[0]?.id).toBe("sdd");
    expect(searchDistricts("SD")[0]?.id).toBe("sdd");
  });
  it("finds a state's districts by code or name", () => {
    expect(
      searchDistricts("CA")
        .map((district) => district.id)
        .slice(0, 4)
        .sort(),
    ).toEqual(["cacd", "caed", "cand", "casd"]);
    expect(searchDistricts("texas").map((district) => district.id)).toEqual(["txnd", "txsd", "txed", "txwd"]);
  });
  it("limits the results", () => expect(searchDistricts("district", 5)).toHaveLength(5));
  it("returns the table's first districts for empty text", () => {
    expect(searchDistricts("  ", 3)).toEqual(DISTRICTS.slice(0, 3));
  });
  it("returns nothing for text that matches no district", () => expect(searchDistricts("atlantis")).toEqual([]));
});
