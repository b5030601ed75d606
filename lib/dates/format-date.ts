import { parseIsoDate } from "./iso-date";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
/** Bluebook T12 month abbreviations (May, June, July stay whole). */
const BLUEBOOK_MONTHS = [
  "Jan.",
  "Feb.",
  "Mar.",
  "Apr.",
  "May",
  "June",
  "July",
  "Aug.",
  "Sept.",
  "Oct.",
  "Nov.",
  "Dec.",
];

/** "2018-04-05" → "April 5, 2018", the form orders use in prose and on the date line. */
export function formatLongDate(date: string): string {
  const { year, month, day } = parseIsoDate(date);
  return `${MONTHS[month - 1]} ${day}, ${year}`;
}

/** "2004-12-27" → "Dec. 27, 2004", the form of a date in a citation parenthetical (Bluebook R10.5, T12). */
export function formatBluebookDate(date: string): string {
  const { year, month, day } = parseIsoDate(date);
  return `${BLUEBOOK_MONTHS[month - 1]} ${day}, ${year}`;
}

/** "2018-03-22" → "March 22" (same-year references inside an order, e.g. "the Court's September 15 order"). */
export function formatMonthDay(date: string): string {
  const { month, day } = parseIsoDate(date);
  return `${MONTHS[month - 1]} ${day}`;
}
