import { describe, expect, it } from "vitest";
import { calendar } from "./calendar";
import { legalHolidaysBetween } from "./legal-holidays";
import { petitionDeadline } from "./petition-deadline";
import { PetitionDeadlineSchema, type HolidayRegion } from "./schema";

const region = (
  state?: HolidayRegion["state"],
  circuitClerkState?: HolidayRegion["circuitClerkState"],
): HolidayRegion => ({
  country: "US",
  ...(state && { state }),
  ...(circuitClerkState && { circuitClerkState }),
});

describe("petition for permission to appeal: 10 days after entry, FRAP 26(a)(1)", () => {
  it.each<[string, string, HolidayRegion, string[], string, string, string[]]>([
    // [case, entry, region, declared, day 10, due, days carried past]
    ["last day a weekday", "2026-03-02", region("CA"), [], "2026-03-12", "2026-03-12", []],
    [
      "last day a Saturday → Monday",
      "2026-03-04",
      region("CA"),
      [],
      "2026-03-14",
      "2026-03-16",
      ["2026-03-14 saturday", "2026-03-15 sunday"],
    ],
    ["last day a Sunday → Monday", "2026-03-05", region("CA"), [], "2026-03-15", "2026-03-16", ["2026-03-15 sunday"]],
    // Thanksgiving (Thursday) → Friday, which is not a federal holiday …
    ["Thanksgiving → Friday", "2026-11-16", region("NY"), [], "2026-11-26", "2026-11-27", ["2026-11-26 legal-holiday"]],
    // … but is one in California (Gov. Code § 6700), so S.D. Cal. runs through the weekend to Monday.
    [
      "Thanksgiving, then California's day after",
      "2026-11-16",
      region("CA"),
      [],
      "2026-11-26",
      "2026-11-30",
      ["2026-11-26 legal-holiday", "2026-11-27 legal-holiday", "2026-11-28 saturday", "2026-11-29 sunday"],
    ],
    // Patriots' Day (third Monday in April) is a Massachusetts holiday …
    [
      "Patriots' Day in D. Mass.",
      "2027-04-09",
      region("MA"),
      [],
      "2027-04-19",
      "2027-04-20",
      ["2027-04-19 legal-holiday"],
    ],
    // … not a California one …
    ["Patriots' Day is nothing in S.D. Cal.", "2027-04-09", region("CA"), [], "2027-04-19", "2027-04-19", []],
    // … but it counts for D.N.H. because the First Circuit's clerk sits in Boston.
    [
      "Patriots' Day through the circuit clerk's state",
      "2027-04-09",
      region("NH", "MA"),
      [],
      "2027-04-19",
      "2027-04-20",
      ["2027-04-19 legal-holiday"],
    ],
    // César Chávez Day, Friday March 31, 2028: public in California, only an observance in Texas.
    [
      "César Chávez Day in California",
      "2028-03-21",
      region("CA"),
      [],
      "2028-03-31",
      "2028-04-03",
      ["2028-03-31 legal-holiday", "2028-04-01 saturday", "2028-04-02 sunday"],
    ],
    ["César Chávez Day is not a Texas holiday", "2028-03-21", region("TX"), [], "2028-03-31", "2028-03-31", []],
    // Dec. 23 is day 1 … Dec. 31 (New Year's Day observed, counted like any other day) day 9, Saturday Jan. 1 day 10;
    // Sunday follows; Monday Jan. 3 is open because New Year's Day 2028 was observed on Friday Dec. 31, 2027.
    [
      "year end: day 10 is New Year's Day on a Saturday",
      "2027-12-22",
      region("CA"),
      [],
      "2028-01-01",
      "2028-01-03",
      ["2028-01-01 saturday", "2028-01-02 sunday"],
    ],
    [
      "Christmas on a Friday, then the weekend",
      "2026-12-15",
      region("CA"),
      [],
      "2026-12-25",
      "2026-12-28",
      ["2026-12-25 legal-holiday", "2026-12-26 saturday", "2026-12-27 sunday"],
    ],
    [
      "Christmas observed Friday Dec. 24, 2027, then Christmas itself on Saturday",
      "2027-12-14",
      region("CA"),
      [],
      "2027-12-24",
      "2027-12-27",
      ["2027-12-24 legal-holiday", "2027-12-25 saturday", "2027-12-26 sunday"],
    ],
    // Texas's Christmas Eve starts a four-day run; California's count ends on Thursday.
    [
      "Christmas Eve in Texas, Christmas, weekend",
      "2026-12-14",
      region("TX"),
      [],
      "2026-12-24",
      "2026-12-28",
      ["2026-12-24 legal-holiday", "2026-12-25 legal-holiday", "2026-12-26 saturday", "2026-12-27 sunday"],
    ],
    ["Christmas Eve is an ordinary day in California", "2026-12-14", region("CA"), [], "2026-12-24", "2026-12-24", []],
    [
      "…unless the President closes the government that day",
      "2026-12-14",
      region("CA"),
      ["2026-12-24"],
      "2026-12-24",
      "2026-12-28",
      ["2026-12-24 legal-holiday", "2026-12-25 legal-holiday", "2026-12-26 saturday", "2026-12-27 sunday"],
    ],
    // The national day of mourning for President Carter, Thursday January 9, 2025.
    [
      "declared day of mourning",
      "2024-12-30",
      region("DC"),
      ["2025-01-09"],
      "2025-01-09",
      "2025-01-10",
      ["2025-01-09 legal-holiday"],
    ],
    [
      "Juneteenth 2027 observed on Friday June 18",
      "2027-06-08",
      region(),
      [],
      "2027-06-18",
      "2027-06-21",
      ["2027-06-18 legal-holiday", "2027-06-19 saturday", "2027-06-20 sunday"],
    ],
    [
      "Veterans' Day 2028 observed on Friday November 10",
      "2028-10-31",
      region(),
      [],
      "2028-11-10",
      "2028-11-13",
      ["2028-11-10 legal-holiday", "2028-11-11 saturday", "2028-11-12 sunday"],
    ],
    [
      "intermediate weekend and holiday are counted (MLK Day inside the window)",
      "2027-01-11",
      region(),
      [],
      "2027-01-21",
      "2027-01-21",
      [],
    ],
  ])("%s", (_case, entryDate, holidayRegion, declaredHolidays, nominal, due, rolled) => {
    const result = petitionDeadline({ entryDate, region: holidayRegion, declaredHolidays });
    expect(result.nominalLastDay).toBe(nominal);
    expect(result.dueDate).toBe(due);
    expect(result.rolledOver.map((r) => `${r.date} ${r.reason}`)).toEqual(rolled);
    expect(() => PetitionDeadlineSchema.parse(result)).not.toThrow();
  });

  it("explains the count in plain English, step by step", () => {
    expect(petitionDeadline({ entryDate: "2027-12-22", region: region("CA") }).explanation).toEqual([
      "Entered Wednesday, December 22, 2027.",
      "Day 10 is Saturday, January 1, 2028.",
      "Saturday, January 1, 2028 is a Saturday (New Year's Day), so the period runs to the next day.",
      "Sunday, January 2, 2028 is a Sunday, so the period runs to the next day.",
      "Due Monday, January 3, 2028.",
      "No days are added for service: the time runs from entry. The court of appeals may not extend it (FRAP 26(b)(1)).",
    ]);
    const christmasEve = petitionDeadline({ entryDate: "2027-12-24", region: region("CA") }).explanation;
    expect(christmasEve.slice(0, 2)).toEqual([
      "Entered Friday, December 24, 2027.",
      "Day 10 is Monday, January 3, 2028.",
    ]);
  });

  it("names the state whose holiday moved the day", () => {
    const lines = petitionDeadline({ entryDate: "2027-04-09", region: region("NH", "MA") }).explanation;
    expect(lines).toContain(
      "Monday, April 19, 2027 is a legal holiday (Patriots' Day, MA), so the period runs to the next day.",
    );
  });

  it("warns when the order predates the 2009 days-are-days amendments", () => {
    const result = petitionDeadline({ entryDate: "2008-06-02", region: region() });
    expect(result.warnings).toEqual([{ code: "before-2009-amendments", triggerDate: "2008-06-02" }]);
    expect(petitionDeadline({ entryDate: "2009-12-01", region: region() }).warnings).toEqual([]);
  });

  it("always lands on an open day, never before day 10, for every entry date 2026-2028 in California + Massachusetts", () => {
    const holidayRegion = region("CA", "MA");
    const holidays = new Set(legalHolidaysBetween("2026-01-01", "2029-02-28", holidayRegion).map((h) => h.date));
    for (let entry = "2026-01-01"; entry <= "2028-12-31"; entry = calendar.addDays(entry, 1)) {
      const { nominalLastDay, dueDate, rolledOver } = petitionDeadline({ entryDate: entry, region: holidayRegion });
      expect(nominalLastDay).toBe(calendar.addDays(entry, 10));
      expect(dueDate >= nominalLastDay).toBe(true);
      expect([0, 6]).not.toContain(calendar.dayOfWeek(dueDate));
      expect(holidays.has(dueDate)).toBe(false);
      // every day skipped is exactly a day from day 10 up to the due date
      expect(rolledOver.length).toBe(Math.round((Date.parse(dueDate) - Date.parse(nominalLastDay)) / 86_400_000));
    }
  });
});
