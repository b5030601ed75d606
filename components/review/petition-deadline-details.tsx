"use client";

import { formatLongDate } from "@/lib/dates/format-date";
import { petitionDeadlineForDraft } from "@/lib/standards/petition-deadline-for-draft";
import type { MotionDraft } from "@/lib/motion/schema";

/**
 * The last day to petition and why it moved, counted as the order's decree counts it (the court
 * that hears the appeal decides whose clerk's holidays count). This module carries the holiday
 * calendars (date-holidays: every state's rules, with time-zone and astronomical data), so
 * `PetitionDeadlinePanel` loads it only when a grant has a date to count from.
 */
export function PetitionDeadlineDetails({ draft }: { draft: MotionDraft }) {
  const deadline = petitionDeadlineForDraft(draft);
  if (!deadline) return null;
  return (
    <>
      <p className="mt-1">
        If the order is entered on {formatLongDate(deadline.triggerDate)}, a petition for permission to appeal is due by{" "}
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
