import { z } from "zod";

/** A calendar date as "YYYY-MM-DD" (no time, no zone): docket and order dates are calendar days. */
export const IsoDateSchema = z.iso.date({ error: "Use a date like 2018-04-05" });
export type IsoDate = z.infer<typeof IsoDateSchema>;

/** Splits an ISO date into numbers without touching time zones. */
export function parseIsoDate(date: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new Error(`Not an ISO calendar date: ${date}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}
