import { formatLongDate } from "@/lib/dates";
import { calendar } from "./calendar";

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;

/** "2027-12-24" → "Friday, December 24, 2027": the form a deadline takes in UI copy. */
export function formatWeekdayDate(date: string): string {
  return `${WEEKDAYS[calendar.dayOfWeek(date)]}, ${formatLongDate(date)}`;
}
