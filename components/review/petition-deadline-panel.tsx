"use client";

import { deadlineRegionFor, findDistrict } from "@/lib/courts";
import { formatLongDate } from "@/lib/dates/format-date";
import { petitionDeadline } from "@/lib/deadlines";
import type { MotionDraft } from "@/lib/motion/schema";

/**
 * For a grant: the last day to petition the court of appeals if the order is entered on its date
 * (10 days under § 1292(b), counted under FRAP 26(a)), with the reasons the day moved.
 */
export function PetitionDeadlinePanel({ draft }: { draft: MotionDraft }) {
  const district = findDistrict(draft.case.districtId ?? "");
  if (draft.certification.decision !== "grant" || !draft.orderDate || !district) return null;
  const deadline = petitionDeadline({ entryDate: draft.orderDate, region: deadlineRegionFor(district) });
  return (
    <section aria-labelledby="petition-deadline-heading" className="rounded border border-line p-4">
      <h2 id="petition-deadline-heading" className="font-semibold">
        Petition deadline
      </h2>
      <p className="mt-1">
        If the order is entered on {formatLongDate(draft.orderDate)}, a petition for permission to appeal is due by{" "}
        <strong>{formatLongDate(deadline.dueDate)}</strong>.
      </p>
      <ul className="mt-2 list-disc pl-5 text-sm">
        {deadline.explanation.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
