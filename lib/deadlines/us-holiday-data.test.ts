import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import Holidays from "date-holidays";
import HolidaysParser from "date-holidays-parser";
import { describe, expect, it } from "vitest";
import { HolidayStateSchema } from "./schema";
import HOLIDAY_DATA from "./us-holiday-data.json" with { type: "json" };

const TERRITORIES = new Set(["PR", "GU", "VI"]);
const YEARS = [2000, 2010, 2024, 2025, 2026, 2027, 2028, 2035];

describe("us-holiday-data.json (npm run holiday-data)", () => {
  it("gives every state's and territory's holidays exactly as date-holidays' full data does", () => {
    for (const state of HolidayStateSchema.options) {
      const [country, region] = TERRITORIES.has(state) ? [state, undefined] : ["US", state];
      const full = region ? new Holidays(country, region) : new Holidays(country);
      const picked = region
        ? new HolidaysParser(HOLIDAY_DATA, country, region)
        : new HolidaysParser(HOLIDAY_DATA, country);
      for (const year of YEARS)
        expect(picked.getHolidays(year, "en"), `${state} ${year}`).toEqual(full.getHolidays(year, "en"));
    }
  });

  it("is the data of the installed date-holidays (re-run the script after upgrading it)", () => {
    const packageJson = createRequire(import.meta.url).resolve("date-holidays/package.json");
    const installed = JSON.parse(readFileSync(new URL("data/holidays.json", `file://${packageJson}`), "utf8"));
    expect(HOLIDAY_DATA.version).toBe(installed.version);
  });
});
