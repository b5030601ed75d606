"use client";

import { deadlineRegionFor, type District } from "@/lib/courts";
import { formatLongDate } from "@/lib/dates/format-date";
import { petitionDeadline } from "@/lib/deadlines";

/**
 * The last day to petition and why it moved. This module carries the holiday calendars
 * (date-holidays: every state's rules, with time-zone and astronomical data), so
 * `PetitionDeadlinePanel` loads it only when a grant has a date to count from.
 */
export function PetitionDeadlineDetails({ orderDate, district }: { orderDate: string; district: District }) {
  const deadline = petitionDeadline({ entryDate: orderDate, region: deadlineRegionFor(district) });
  return (
    <>
      <p className="mt-1">
        If the order is entered on {formatLongDate(orderDate)}, a petition for permission to appeal is due by{" "}
        <strong>{formatLongDate(deadline.dueDate)}</strong>.
      </p>
      <ul className="mt-2 list-disc pl-5 text-sm">
        {deadline.explanation.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </>
  );
}
