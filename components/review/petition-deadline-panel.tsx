"use client";

import { lazyPart } from "@/components/ui/lazy-part";
import { findDistrict } from "@/lib/courts";
import type { MotionDraft } from "@/lib/motion/schema";

/** Counting the days needs the holiday calendars: a chunk of their own, fetched for a grant only. */
const PetitionDeadlineDetails = lazyPart(
  () => import("./petition-deadline-details").then((module) => module.PetitionDeadlineDetails),
  {
    loading: <p className="mt-1 text-sm text-muted">Counting the days…</p>,
    failed: (
      <p className="mt-1 text-sm text-muted">
        The deadline could not be loaded; it will appear once the connection is back.
      </p>
    ),
  },
);

/**
 * For a grant (in full or in part; not an order vacated for an amended one to be entered later): the last day to petition the court of appeals if the order is entered on its date
 * (10 days under § 1292(b), counted under FRAP 26(a)), with the reasons the day moved.
 */
export function PetitionDeadlinePanel({ draft }: { draft: MotionDraft }) {
  const district = findDistrict(draft.case.districtId ?? "");
  const grants = draft.certification.decision === "grant" || draft.certification.decision === "grant-in-part";
  const reentered = draft.amendment.requested === true && draft.amendment.form === "vacate-and-reenter";
  if (!grants || reentered || !draft.orderDate || !district) return null;
  return (
    <section aria-labelledby="petition-deadline-heading" className="rounded border border-line p-4">
      <h2 id="petition-deadline-heading" className="font-semibold">
        Petition deadline
      </h2>
      <PetitionDeadlineDetails draft={draft} />
    </section>
  );
}
