"use client";

import Link from "next/link";
import { useMemo, useState } from "react";
import { findDistrict } from "@/lib/courts";
import { draftOrder } from "@/lib/order/draft-order";
import { toValidDraft } from "@/lib/wizard/valid-draft";
import { Button } from "@/components/ui/button";
import type { DraftListing } from "@/components/wizard/draft-storage";

/** The caption the order prints in its file name; "Untitled draft" until the parties are named. */
function draftName(listing: DraftListing): string {
  const valid = toValidDraft(listing.draft);
  if (!valid || valid.case.parties.length === 0) return "Untitled draft";
  try {
    return draftOrder(valid, { today: listing.updatedAt.slice(0, 10) }).doc.meta.shortCaption || "Untitled draft";
  } catch (error) {
    console.warn("Draft name not available:", error);
    return "Untitled draft";
  }
}

/** One draft in the list: its caption, court, case number and last change; open or delete it. */
export function DraftRow({ listing, onRemove }: { listing: DraftListing; onRemove: () => void }) {
  const [isConfirming, setIsConfirming] = useState(false);
  const name = useMemo(() => draftName(listing), [listing]);
  const district = findDistrict(listing.draft.case.districtId ?? "");
  const updated = new Date(listing.updatedAt).toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short" });
  return (
    <li className="flex flex-wrap items-center justify-between gap-4 p-4">
      <div className="min-w-0">
        <Link href={`/drafts/${listing.id}/court`} className="font-serif text-lg text-seal underline-offset-2 hover:underline">
          {name}
        </Link>
        <p className="text-sm text-muted">
          {[district?.bluebook, listing.draft.case.caseNumber, `changed ${updated}`].filter(Boolean).join(" · ")}
        </p>
      </div>
      {isConfirming ? (
        <div className="flex items-center gap-2" role="group" aria-label={`Delete ${name}?`}>
          <span className="text-sm">Delete this draft?</span>
          <Button variant="danger" size="sm" onClick={onRemove}>
            Delete
          </Button>
          <Button size="sm" onClick={() => setIsConfirming(false)}>
            Keep
          </Button>
        </div>
      ) : (
        <Button size="sm" variant="quiet" onClick={() => setIsConfirming(true)} aria-label={`Delete ${name}`}>
          Delete
        </Button>
      )}
    </li>
  );
}
