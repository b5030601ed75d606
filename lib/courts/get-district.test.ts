import { describe, expect, it } from "vitest";
import { districtsInCircuit, findDistrict, getDistrict } from "./get-district";

describe("district lookup", () => {
  it("gets a district by PACER id", () => expect(getDistrict("nmd").name).toBe("District of New Mexico"));
  it("throws a clear error for an unknown id", () =>
    expect(() => getDistrict("cal")).toThrow(/Unknown district id "cal"/));
  it("finds nothing for an unknown id without throwing", () => expect(findDistrict("cal")).toBeUndefined());
  it("lists the Ninth Circuit's 15 districts, Guam and the Northern Mariana Islands among them", () => {
    const ids = districtsInCircuit("9th").map((district) => district.id);
    expect(ids).toHaveLength(15);
    expect(ids).toEqual(expect.arrayContaining(["cand", "caed", "cacd", "casd", "gud", "nmid", "hid", "akd"]));
  });
  it("lists the Virgin Islands in the Third Circuit", () =>
    expect(districtsInCircuit("3d").map((d) => d.id)).toContain("vid"));
  it("lists only D.D.C. in the D.C. Circuit", () => expect(districtsInCircuit("dc").map((d) => d.id)).toEqual(["dcd"]));
  it("lists no district in the Federal Circuit", () => expect(districtsInCircuit("fed")).toEqual([]));
});
