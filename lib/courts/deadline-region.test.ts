import { describe, expect, it } from "vitest";
import { deadlineRegionFor } from "./deadline-region";
import { getDistrict } from "./get-district";

describe("deadlineRegionFor", () => {
  it.each([
    ["casd", { country: "US", state: "CA", circuitClerkState: "CA" }],
    ["nmd", { country: "US", state: "NM", circuitClerkState: "CO" }],
    ["prd", { country: "US", state: "PR", circuitClerkState: "MA" }],
    ["dcd", { country: "US", state: "DC", circuitClerkState: "DC" }],
    ["nmid", { country: "US", circuitClerkState: "CA" }],
  ])("%s counts its own state's and its circuit clerk's holidays", (id, region) => {
    expect(deadlineRegionFor(getDistrict(id), getDistrict(id).circuit)).toEqual(region);
  });

  it("takes the clerk's state from the court that hears the appeal: the Federal Circuit sits in D.C.", () => {
    expect(deadlineRegionFor(getDistrict("txed"), "fed")).toEqual({
      country: "US",
      state: "TX",
      circuitClerkState: "DC",
    });
  });
});
