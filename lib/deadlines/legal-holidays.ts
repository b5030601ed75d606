import HolidaysParser from "date-holidays-parser";
import HOLIDAY_DATA from "./us-holiday-data.json" with { type: "json" };
import { parseIsoDate } from "@/lib/dates";
import { calendar } from "./calendar";
import type { HolidayRegion, HolidayState, LegalHoliday } from "./schema";
import { STATUTORY_HOLIDAYS } from "./statutory-holidays";

/** date-holidays keeps these territories as countries of their own, not as US states. */
const TERRITORIES: ReadonlySet<HolidayState> = new Set<HolidayState>(["PR", "GU", "VI"]);

const DECLARED_HOLIDAY_NAME = "Holiday declared by the President or Congress";

/**
 * Every legal holiday from `from` to `to` (both inclusive), sorted by date, federal first:
 *
 * - (A) the eleven statutory holidays on their dates, plus their observed dates when they fall on a
 *   weekend (Saturday → the Friday before, Sunday → the Monday after), which is when the courts
 *   close. date-holidays returns most substitute days, but types the Veterans Day one "bank", so
 *   the observed dates are derived here from the rule rather than read from the library;
 * - (B) `declaredHolidays`: days declared by the President or Congress (a day of mourning, an
 *   executive order closing offices on December 24). No library can know these in advance;
 * - (C) holidays that date-holidays types "public" for `region.state` and
 *   `region.circuitClerkState`, on dates not already federal holidays.
 *
 * Only "public" counts under (C). date-holidays' other types are "bank" (banks closed), "optional"
 * (many take the day off), "school" and "observance" (a festivity, no day off): none is a day the
 * state declared a holiday. Erring this way is also the safe way: a day wrongly counted as a
 * holiday gives a later due date, and a petition filed on it would be out of time. For the same
 * reason a part-day holiday (date-holidays gives it a start time, e.g. Kentucky's Good Friday
 * afternoon) is not counted.
 *
 * @see FRAP 26(a)(6); Fed. R. Civ. P. 6(a)(6); 5 U.S.C. § 6103(a)-(b); Exec. Order No. 11,582
 */
export function legalHolidaysBetween(
  from: string,
  to: string,
  region: HolidayRegion,
  declaredHolidays: readonly string[] = [],
): LegalHoliday[] {
  const inRange = (date: string) => date >= from && date <= to;
  // One year either side: New Year's Day on a Saturday is observed on December 31 of the year before.
  const years = yearsBetween(calendar.yearOf(from) - 1, calendar.yearOf(to) + 1);

  const federal = statutoryHolidays(years);
  for (const date of declaredHolidays) {
    parseIsoDate(date); // a malformed date is a programmer error: the form parses with IsoDateSchema
    federal.push({ date, name: DECLARED_HOLIDAY_NAME, source: "federal", basis: "declaration" });
  }
  const federalDates = new Set(federal.map((holiday) => holiday.date));

  const states = [...new Set([region.state, region.circuitClerkState].filter((state) => state !== undefined))];
  const stateOnly = states
    .flatMap((code) => stateHolidays(code, years))
    .filter((holiday) => !federalDates.has(holiday.date));

  return dedupe([...federal, ...stateOnly].filter((holiday) => inRange(holiday.date))).sort(
    (a, b) => a.date.localeCompare(b.date) || rank(a) - rank(b),
  );
}

type LibraryEntry = { date: string; name: string; type: string; substitute?: boolean | undefined };

/**
 * date-holidays' list for one calendar ("US", "US-CA", "PR") and year, in English. Memoized: the
 * lists are fixed data, and working one out takes the library about 10 ms.
 */
const libraryYears = new Map<string, readonly LibraryEntry[]>();
function libraryHolidays(calendarId: string, year: number): readonly LibraryEntry[] {
  const key = `${calendarId}|${year}`;
  let entries = libraryYears.get(key);
  if (!entries) {
    const [country = "US", state] = calendarId.split("-");
    // date-holidays' own parser over its rules for the US and its territories only (scripts/holiday-data.mjs).
    const library = state
      ? new HolidaysParser(HOLIDAY_DATA, country, state, { languages: ["en"] })
      : new HolidaysParser(HOLIDAY_DATA, country, { languages: ["en"] });
    entries = library
      .getHolidays(year, "en")
      .map(({ date, name, type, substitute }) => ({ date, name, type, substitute }));
    libraryYears.set(key, entries);
  }
  return entries;
}

/** (A): the statutory holidays as date-holidays dates them, and their 5 U.S.C. § 6103(b) observed days. */
function statutoryHolidays(years: number[]): LegalHoliday[] {
  const result: LegalHoliday[] = [];
  for (const year of years) {
    for (const entry of libraryHolidays("US", year)) {
      if (entry.substitute) continue; // observed days are derived below, uniformly
      const holiday = STATUTORY_HOLIDAYS.find((h) => (h.libraryNames as readonly string[]).includes(entry.name));
      if (!holiday) continue;
      const date = entry.date.slice(0, 10);
      result.push({ date, name: holiday.name, source: "federal", basis: "statute" });
      const observed = observedDate(date);
      if (observed !== date) {
        result.push({
          date: observed,
          name: `${holiday.name} (observed)`,
          source: "federal",
          basis: "statute",
          observedFrom: date,
        });
      }
    }
  }
  return result;
}

/**
 * 5 U.S.C. § 6103(b): a holiday on a Sunday is observed the Monday after; Exec. Order No. 11,582
 * § 3(a) (under § 6103(b)(1)): for a Monday-to-Friday workweek, one on a Saturday the Friday before.
 */
function observedDate(date: string): string {
  const day = calendar.dayOfWeek(date);
  return day === 0 ? calendar.addDays(date, 1) : day === 6 ? calendar.addDays(date, -1) : date;
}

/** (C): the days date-holidays types "public" for one state, D.C. or territory. */
function stateHolidays(state: HolidayState, years: number[]): LegalHoliday[] {
  const calendarId = TERRITORIES.has(state) ? state : `US-${state}`;
  return years.flatMap((year) =>
    libraryHolidays(calendarId, year)
      .filter((entry) => entry.type === "public" && entry.date.endsWith(" 00:00:00"))
      .map((entry): LegalHoliday => ({
        date: entry.date.slice(0, 10),
        name: entry.name,
        source: "state",
        basis: "state",
        state,
      })),
  );
}

function yearsBetween(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** The same day can come twice (both states in the region declare it, or a declared day repeats). */
function dedupe(holidays: LegalHoliday[]): LegalHoliday[] {
  const seen = new Set<string>();
  return holidays.filter((holiday) => {
    const key = `${holiday.date}|${holiday.name}|${holiday.basis}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const rank = (holiday: LegalHoliday) => ["statute", "declaration", "state"].indexOf(holiday.basis);
