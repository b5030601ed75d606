"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { callApi } from "@/components/api/api-client";

/**
 * What this member may do with the draft now: submit it for review (drafting or returned), or,
 * for the judge while it is in review, approve it or return it with a note.
 */
export function ReviewActions({ draftId, status, role, isReady }: { draftId: string; status: string; role: string; isReady: boolean }) {
  const router = useRouter();
  const id = useId();
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | undefined>(undefined);
  const [isBusy, setIsBusy] = useState(false);
  const act = async (body: Record<string, string>) => {
    setIsBusy(true);
    setError(undefined);
    const done = await callApi("POST", `/api/drafts/${draftId}/status`, body);
    setIsBusy(false);
    if (!done.ok) return setError(done.issues?.map((issue) => issue.message).join("; ") || done.error);
    setNote("");
    router.refresh();
  };
  const canSubmit = status === "drafting" || status === "returned";
  const canDecide = status === "in-review" && role === "judge";
  if (!canSubmit && !canDecide) return null;
  return (
    <section aria-labelledby={`${id}-title`} className="rounded-lg border border-line bg-white p-4">
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        {canDecide ? "Decide" : "Send to the judge"}
      </h2>
      {canSubmit ? (
        <div className="mt-2">
          {isReady ? null : <p className="mb-2 text-sm text-muted">The order still needs answers (see the wizard&apos;s last step); you can still submit it for comments.</p>}
          <Button variant="primary" disabled={isBusy} onClick={() => void act({ action: "submit" })}>
            Submit for review
          </Button>
        </div>
      ) : null}
      {canDecide ? (
        <div className="mt-2 grid gap-3">
          <div>
            <Button variant="primary" disabled={isBusy} onClick={() => void act({ action: "approve" })}>
              Approve
            </Button>
          </div>
          <div>
            <label htmlFor={`${id}-note`} className="block font-medium">
              Note to the clerk
            </label>
            <textarea
              id={`${id}-note`}
              value={note}
              maxLength={5000}
              rows={3}
              onChange={(e) => setNote(e.target.value)}
              className="mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2"
            />
            <Button className="mt-2" disabled={isBusy} onClick={() => void act({ action: "return", note })}>
              Return for changes
            </Button>
          </div>
        </div>
      ) : null}
      {error ? (
        <p role="alert" className="mt-2 text-sm text-danger">
          {error}
        </p>
      ) : null}
    </section>
  );
}
