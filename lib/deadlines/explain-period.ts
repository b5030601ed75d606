import { formatLongDate } from "@/lib/dates";
import { formatWeekdayDate } from "./format-weekday-date";
import type { ComputedPeriod, LegalHoliday, Rollover } from "./schema";

/**
 * Plain-English lines for the clerk, one per step of the count, built only from the structured
 * period (UI copy, never order prose): "Entered Friday, December 24, 2027." "Day 10 is Monday,
 * January 3, 2028." … "Due Monday, January 3, 2028."
 * @param triggerVerb what happened on the trigger date: "Entered", "Served".
 */
export function explainPeriod(period: ComputedPeriod, triggerVerb: string): string[] {
  const lines = [
    `${triggerVerb} ${formatWeekdayDate(period.triggerDate)}.`,
    `Day ${period.days} is ${formatWeekdayDate(period.nominalLastDay)}.`,
  ];
  lines.push(...period.rolledOver.map(explainRollover));
  lines.push(`Due ${formatWeekdayDate(period.dueDate)}.`);
  for (const warning of period.warnings) {
    if (warning.code === "before-2009-amendments") {
      lines.push(
        `Before December 1, 2009, periods under 11 days skipped weekends and holidays; this count uses the rule in force since then (triggered ${formatLongDate(warning.triggerDate)}).`,
      );
    }
  }
  return lines;
}

function explainRollover({ date, reason, holidays }: Rollover): string {
  const names = holidays.map(holidayLabel).join(", ");
  const what =
    reason === "legal-holiday"
      ? `is a legal holiday (${names})`
      : `is a ${reason === "saturday" ? "Saturday" : "Sunday"}${names ? ` (${names})` : ""}`;
  return `${formatWeekdayDate(date)} ${what}, so the period runs to the next day.`;
}

function holidayLabel(holiday: LegalHoliday): string {
  return holiday.state ? `${holiday.name}, ${holiday.state}` : holiday.name;
}
