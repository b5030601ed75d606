import Holidays from "date-holidays";
import { describe, expect, it } from "vitest";
import { calendar } from "./calendar";
import { legalHolidaysBetween } from "./legal-holidays";
import { HOLIDAY_STATES, type HolidayRegion } from "./schema";
import { STATUTORY_HOLIDAYS } from "./statutory-holidays";

const US: HolidayRegion = { country: "US" };
const datesOf = (from: string, to: string, region: HolidayRegion = US, declared: string[] = []) =>
  legalHolidaysBetween(from, to, region, declared).map((h) => `${h.date} ${h.name}`);

describe("federal legal holidays: the eleven of 5 U.S.C. § 6103(a), on observed days too", () => {
  it.each([
    [
      "2026", // July 4 is a Saturday → Friday July 3
      [
        "2026-01-01 New Year's Day",
        "2026-01-19 Martin Luther King Jr.'s Birthday",
        "2026-02-16 Washington's Birthday",
        "2026-05-25 Memorial Day",
        "2026-06-19 Juneteenth National Independence Day",
        "2026-07-03 Independence Day (observed)",
        "2026-07-04 Independence Day",
        "2026-09-07 Labor Day",
        "2026-10-12 Columbus Day",
        "2026-11-11 Veterans' Day",
        "2026-11-26 Thanksgiving Day",
        "2026-12-25 Christmas Day",
      ],
    ],
    [
      "2027", // Juneteenth and Christmas on Saturdays, July 4 on a Sunday, New Year's Day 2028 on a Saturday
      [
        "2027-01-01 New Year's Day",
        "2027-01-18 Martin Luther King Jr.'s Birthday",
        "2027-02-15 Washington's Birthday",
        "2027-05-31 Memorial Day",
        "2027-06-18 Juneteenth National Independence Day (observed)",
        "2027-06-19 Juneteenth National Independence Day",
        "2027-07-04 Independence Day",
        "2027-07-05 Independence Day (observed)",
        "2027-09-06 Labor Day",
        "2027-10-11 Columbus Day",
        "2027-11-11 Veterans' Day",
        "2027-11-25 Thanksgiving Day",
        "2027-12-24 Christmas Day (observed)",
        "2027-12-25 Christmas Day",
        "2027-12-31 New Year's Day (observed)",
      ],
    ],
    [
      "2028", // New Year's Day observed in 2027; Veterans' Day on a Saturday → Friday November 10
      [
        "2028-01-01 New Year's Day",
        "2028-01-17 Martin Luther King Jr.'s Birthday",
        "2028-02-21 Washington's Birthday",
        "2028-05-29 Memorial Day",
        "2028-06-19 Juneteenth National Independence Day",
        "2028-07-04 Independence Day",
        "2028-09-04 Labor Day",
        "2028-10-09 Columbus Day",
        "2028-11-10 Veterans' Day (observed)",
        "2028-11-11 Veterans' Day",
        "2028-11-23 Thanksgiving Day",
        "2028-12-25 Christmas Day",
      ],
    ],
  ])("%s", (year, expected) => {
    expect(datesOf(`${year}-01-01`, `${year}-12-31`)).toEqual(expected);
  });

  it.each([
    [
      "Veterans' Day on a Sunday → Monday",
      "2029-11-01",
      "2029-11-30",
      ["2029-11-11 Veterans' Day", "2029-11-12 Veterans' Day (observed)", "2029-11-22 Thanksgiving Day"],
    ],
    [
      "Juneteenth's first year, a Saturday → Friday June 18, 2021",
      "2021-06-01",
      "2021-06-30",
      ["2021-06-18 Juneteenth National Independence Day (observed)", "2021-06-19 Juneteenth National Independence Day"],
    ],
    ["no Juneteenth before the 2021 Act", "2020-06-01", "2020-06-30", []],
    [
      "Christmas on a Sunday → Monday",
      "2022-12-20",
      "2022-12-31",
      ["2022-12-25 Christmas Day", "2022-12-26 Christmas Day (observed)"],
    ],
    [
      "an observed day across the year line is found from either side",
      "2027-12-31",
      "2027-12-31",
      ["2027-12-31 New Year's Day (observed)"],
    ],
  ])("%s", (_label, from, to, expected) => {
    expect(datesOf(from, to)).toEqual(expected);
  });

  it("finds each statutory holiday exactly once a year on its own date, 2022-2040 (guards a library update)", () => {
    for (let year = 2022; year <= 2040; year++) {
      const actual = legalHolidaysBetween(`${year}-01-01`, `${year}-12-31`, US).filter((h) => !h.observedFrom);
      expect(
        actual.map((h) => h.name),
        String(year),
      ).toEqual(STATUTORY_HOLIDAYS.map((h) => h.name));
    }
  });

  it("never leaves an observed day on a weekend, and agrees with every substitute day date-holidays gives", () => {
    const library = new Holidays("US", { languages: ["en"] });
    for (let year = 2021; year <= 2040; year++) {
      const holidays = legalHolidaysBetween(`${year}-01-01`, `${year}-12-31`, US);
      for (const observed of holidays.filter((h) => h.observedFrom))
        expect([0, 6]).not.toContain(calendar.dayOfWeek(observed.date));
      const ours = new Set(holidays.map((h) => h.date));
      const substitutes = library
        .getHolidays(year, "en")
        .filter((h) => h.substitute && STATUTORY_HOLIDAYS.some((s) => h.name.startsWith(s.libraryNames[0])));
      for (const substitute of substitutes)
        expect(ours, `${year} ${substitute.name}`).toContain(substitute.date.slice(0, 10));
    }
  });

  it("leaves out what date-holidays lists for the US but no statute sets aside", () => {
    const names = datesOf("2028-01-01", "2028-12-31").join("\n");
    for (const notLegal of [
      "Election Day",
      "Day after Thanksgiving",
      "Christmas Eve",
      "Valentine",
      "Easter",
      "Tax Day",
    ]) {
      expect(names).not.toContain(notLegal);
    }
  });
});

describe("declared holidays (FRAP 26(a)(6)(B))", () => {
  it("adds a day declared by the President, marked as a declaration", () => {
    expect(legalHolidaysBetween("2025-01-08", "2025-01-10", US, ["2025-01-09"])).toEqual([
      {
        date: "2025-01-09",
        name: "Holiday declared by the President or Congress",
        source: "federal",
        basis: "declaration",
      },
    ]);
  });
  it("rejects a malformed date: the form parses it first", () => {
    expect(() => legalHolidaysBetween("2025-01-01", "2025-01-31", US, ["1/9/2025"])).toThrow();
  });
});

describe("state holidays (FRAP 26(a)(6)(C)): only date-holidays' 'public' days", () => {
  const stateOnly = (region: HolidayRegion, year = "2027") =>
    legalHolidaysBetween(`${year}-01-01`, `${year}-12-31`, region)
      .filter((h) => h.source === "state")
      .map((h) => `${h.date} ${h.name} (${h.state})`);

  it.each<[string, HolidayRegion, string[]]>([
    [
      "California",
      { country: "US", state: "CA" },
      ["2027-03-31 César Chávez Day (CA)", "2027-11-26 Day after Thanksgiving Day (CA)"],
    ],
    [
      "Massachusetts",
      { country: "US", state: "MA" },
      ["2027-03-17 Evacuation Day (MA)", "2027-04-19 Patriots' Day (MA)", "2027-06-17 Bunker Hill Day (MA)"],
    ],
    // Texas's partially staffed days (Texas Independence Day, San Jacinto Day, César Chávez Day) are "observance"
    // in date-holidays, and its Christmas Eve falls on the federal observed Christmas in 2027.
    [
      "Texas",
      { country: "US", state: "TX" },
      ["2027-11-26 Day after Thanksgiving (TX)", "2027-12-26 Day after Christmas (TX)"],
    ],
    // Indigenous Peoples' Day shares Columbus Day's date: already a federal holiday, listed once.
    ["New Mexico", { country: "US", state: "NM" }, ["2027-11-26 Day after Thanksgiving (NM)"]],
    // Kentucky's Good Friday is a half day from 2 p.m. (a start time in date-holidays): not counted.
    ["Kentucky", { country: "US", state: "KY" }, []],
    ["no state given", US, []],
  ])("%s", (_label, region, expected) => {
    expect(stateOnly(region)).toEqual(expected);
  });

  it("counts the circuit clerk's state as well as the district's (D. Ariz., Ninth Circuit clerk in California)", () => {
    expect(stateOnly({ country: "US", state: "AZ", circuitClerkState: "CA" })).toEqual([
      "2027-03-31 César Chávez Day (CA)",
      "2027-11-26 Day after Thanksgiving Day (CA)",
    ]);
  });

  it("reads a territory's holidays (D.P.R.), FRAP 1(b)", () => {
    expect(stateOnly({ country: "US", state: "PR" })).toContain("2027-11-19 Discovery of Puerto Rico (PR)");
  });

  it("knows every state code it accepts", () => {
    const usStates = Object.keys(new Holidays().getStates("US") ?? {});
    for (const code of HOLIDAY_STATES) {
      if (["PR", "GU", "VI"].includes(code)) expect(new Holidays().getCountries()).toHaveProperty(code);
      else expect(usStates).toContain(code);
    }
  });
});
