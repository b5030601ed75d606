import Holidays from "date-holidays";
import { describe, expect, it } from "vitest";
import { DISTRICTS } from "./districts";

const FEDERAL_2026 = ["2026-01-01", "2026-05-25", "2026-07-03", "2026-09-07", "2026-11-11", "2026-11-26", "2026-12-25"];

describe("holiday regions", () => {
  it.each(DISTRICTS.map((district) => [district.id, district.holidayRegion] as const))(
    "%s: date-holidays knows the region and lists 2026's holidays",
    (_id, region) => {
      const holidays = new Holidays(region.country, "state" in region && region.state ? region.state : "");
      const dates = holidays
        .getHolidays(2026)
        .filter((holiday) => holiday.type === "public")
        .map((holiday) => holiday.date.slice(0, 10));
      expect(dates.length).toBeGreaterThan(8);
      expect(dates).toEqual(expect.arrayContaining(FEDERAL_2026));
    },
  );
  it("uses each state's own holidays: César Chávez Day in California", () => {
    const california = new Holidays("US", "CA").getHolidays(2026).map((holiday) => holiday.date.slice(0, 10));
    expect(california).toContain("2026-03-31");
  });
  it("falls back to federal holidays for the Northern Mariana Islands, which date-holidays lacks", () => {
    expect(new Holidays().getCountries().MP).toBeUndefined();
    expect(DISTRICTS.find((district) => district.id === "nmid")?.holidayRegion).toEqual({ country: "US" });
  });
});
