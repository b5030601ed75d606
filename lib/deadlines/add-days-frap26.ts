import { calendar } from "./calendar";
import { legalHolidaysBetween } from "./legal-holidays";
import type { ComputedPeriod, HolidayRegion, LegalHoliday, PeriodWarning, Rollover } from "./schema";

/** The 2009 time-computation amendments (days-are-days) took effect on this date. */
const DAYS_ARE_DAYS_SINCE = "2009-12-01";

/** How far past a last day to look up holidays at once; the lookup extends itself if a run is longer. */
const LOOKAHEAD_DAYS = 45;

/**
 * Counts a period of `days` days after `start`:
 * (A) the trigger day is excluded; (B) every day counts, weekends and holidays included;
 * (C) a last day that is a Saturday, Sunday or legal holiday runs on to the next day that is none.
 * @see FRAP 26(a)(1)
 */
export function addDaysFrap26(
  start: string,
  days: number,
  region: HolidayRegion,
  declaredHolidays: readonly string[] = [],
): ComputedPeriod {
  if (!Number.isInteger(days) || days < 1) throw new Error(`A period is a positive whole number of days, not ${days}`);
  const holidaysOn = holidayLookup(start, region, declaredHolidays);
  const rolledOver: Rollover[] = [];

  // FRAP 26(a)(1)(C): a period ending on a weekend or holiday runs to the next day that is neither.
  const runToOpenDay = (date: string): string => {
    let day = date;
    for (;;) {
      const weekday = calendar.dayOfWeek(day);
      const holidays = holidaysOn(day);
      const reason =
        weekday === 6 ? "saturday" : weekday === 0 ? "sunday" : holidays.length > 0 ? "legal-holiday" : undefined;
      if (!reason) return day;
      rolledOver.push({ date: day, reason, holidays });
      day = calendar.addDays(day, 1);
    }
  };

  // FRAP 26(a)(1)(A)-(B): exclude the trigger day, then count every calendar day.
  const nominalLastDay = calendar.addDays(start, days);
  const dueDate = runToOpenDay(nominalLastDay);

  const warnings: PeriodWarning[] =
    start < DAYS_ARE_DAYS_SINCE ? [{ code: "before-2009-amendments", triggerDate: start }] : [];
  return { triggerDate: start, days, nominalLastDay, rolledOver, dueDate, warnings };
}

/** Looks holidays up by date, fetching a further window whenever a date runs past the one fetched. */
function holidayLookup(
  start: string,
  region: HolidayRegion,
  declared: readonly string[],
): (date: string) => LegalHoliday[] {
  const byDate = new Map<string, LegalHoliday[]>();
  let fetchedThrough = calendar.addDays(start, -1);
  return (date) => {
    if (date > fetchedThrough) {
      const from = calendar.addDays(fetchedThrough, 1);
      fetchedThrough = calendar.addDays(date, LOOKAHEAD_DAYS);
      for (const holiday of legalHolidaysBetween(from, fetchedThrough, region, declared)) {
        byDate.set(holiday.date, [...(byDate.get(holiday.date) ?? []), holiday]);
      }
    }
    return byDate.get(date) ?? [];
  };
}
