import { parseIsoDate } from "@/lib/dates";

/**
 * Calendar-day arithmetic on ISO dates ("YYYY-MM-DD"), in UTC so that no time zone or daylight
 * saving change can shift a day. Deadlines are counted in calendar days, never in hours.
 */
export const calendar = {
  /** `date` plus `days` calendar days (negative to go back). */
  addDays(date: string, days: number): string {
    const { year, month, day } = parseIsoDate(date);
    return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
  },
  /** 0 = Sunday … 6 = Saturday. */
  dayOfWeek(date: string): number {
    const { year, month, day } = parseIsoDate(date);
    return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  },
  /** The calendar year of an ISO date. */
  yearOf(date: string): number {
    return parseIsoDate(date).year;
  },
} as const;
