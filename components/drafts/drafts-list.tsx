"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { emptyDraft } from "@/lib/motion/empty-draft";
import { Button } from "@/components/ui/button";
import { browserDraftStorage, type DraftListing } from "@/components/wizard/draft-storage";
import { newId } from "@/components/wizard/new-id";
import { DraftRow } from "./draft-row";

/** This browser's drafts, newest first, and the button that starts a new one. */
export function DraftsList() {
  const router = useRouter();
  const [drafts, setDrafts] = useState<DraftListing[] | undefined>(undefined);

  useEffect(() => {
    void browserDraftStorage.list().then(setDrafts);
  }, []);

  const createDraft = async () => {
    const id = newId();
    await browserDraftStorage.save(id, emptyDraft());
    router.push(`/drafts/${id}/court`);
  };

  const removeDraft = async (id: string) => {
    await browserDraftStorage.remove(id);
    setDrafts(await browserDraftStorage.list());
  };

  return (
    <div>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="font-serif text-3xl">Drafts</h1>
          <p className="mt-1 text-muted">Orders on motions to certify an order for interlocutory appeal under 28 U.S.C. § 1292(b).</p>
        </div>
        <Button variant="primary" onClick={createDraft}>
          New draft
        </Button>
      </div>
      <p className="mt-2 text-sm text-muted">Drafts are kept in this browser until they are saved to the court&apos;s system.</p>
      {drafts === undefined ? (
        <p className="mt-8 text-muted" role="status">
          Loading drafts…
        </p>
      ) : drafts.length === 0 ? (
        <p className="mt-8 rounded border border-dashed border-slate-400 bg-white p-6 text-muted">
          No drafts yet. Choose <strong>New draft</strong> to start one.
        </p>
      ) : (
        <ul className="mt-8 divide-y divide-line rounded-lg border border-line bg-white" aria-label="Your drafts">
          {drafts.map((listing) => (
            <DraftRow key={listing.id} listing={listing} onRemove={() => removeDraft(listing.id)} />
          ))}
        </ul>
      )}
    </div>
  );
}
