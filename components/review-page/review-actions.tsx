"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useApiAction } from "@/components/api/use-api-action";
import type { DraftStatus, Role } from "@/lib/workflow/schema";
import { STATUS_RULES } from "@/lib/workflow/status-rules";
import { Button } from "@/components/ui/button";
import { callApi } from "@/components/api/api-client";
import { API } from "@/lib/api/endpoints";
import type { StatusBody } from "@/lib/api/bodies";
import type { OpenCitationFlag } from "@/lib/cite-check/order-flag-comments";
import { ApproveDialog } from "./approve-dialog";

/**
 * What this member may do with the draft now: submit it for review (drafting or returned); for the
 * judge while it is in review, approve it or return it with a note; once approved, withdraw the
 * approval (back to review or to drafting).
 */
export function ReviewActions({
  draftId,
  status,
  role,
  isReady,
  openFlags,
}: {
  draftId: string;
  status: DraftStatus;
  role: Role;
  isReady: boolean;
  /** The order's open citation flags, listed first when the judge approves. */
  openFlags: readonly OpenCitationFlag[];
}) {
  const router = useRouter();
  const id = useId();
  const [note, setNote] = useState("");
  const { run, isBusy, error } = useApiAction();
  const act = async (body: StatusBody) => {
    const done = await run(
      () => callApi(API.changeStatus(draftId), body),
      (failure) => failure.issues?.map((issue) => issue.message).join("; ") || failure.error,
    );
    if (!done.ok) return;
    setNote("");
    router.refresh();
  };
  const canSubmit = STATUS_RULES.submit.from.includes(status) && STATUS_RULES.submit.roles.includes(role);
  const canDecide = STATUS_RULES.approve.from.includes(status) && STATUS_RULES.approve.roles.includes(role);
  const canWithdraw =
    STATUS_RULES["withdraw-approval"].from.includes(status) && STATUS_RULES["withdraw-approval"].roles.includes(role);
  if (!canSubmit && !canDecide && !canWithdraw) return null;
  const noteField = (label: string, rows: number) => (
    <>
      <label htmlFor={`${id}-note`} className="block font-medium">
        {label}
      </label>
      <textarea
        id={`${id}-note`}
        value={note}
        maxLength={5000}
        rows={rows}
        onChange={(e) => setNote(e.target.value)}
        className="mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2"
      />
    </>
  );
  return (
    <section aria-labelledby={`${id}-title`} className="rounded-lg border border-line bg-white p-4">
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        {canWithdraw ? "Withdraw the approval" : canDecide ? "Decide" : "Send to the judge"}
      </h2>
      {canSubmit ? (
        <div className="mt-2">
          {isReady ? null : (
            <p className="mb-2 text-sm text-muted">
              The order still needs answers (see the wizard&apos;s last step); you can still submit it for comments.
            </p>
          )}
          <Button variant="primary" disabled={isBusy} onClick={() => void act({ action: "submit" })}>
            Submit for review
          </Button>
        </div>
      ) : null}
      {canDecide ? (
        <div className="mt-2 grid gap-3">
          <div>
            <ApproveDialog openFlags={openFlags} isBusy={isBusy} onApprove={() => void act({ action: "approve" })} />
          </div>
          <div>
            {noteField("Note to the clerk", 3)}
            <Button className="mt-2" disabled={isBusy} onClick={() => void act({ action: "return", note })}>
              Return for changes
            </Button>
          </div>
        </div>
      ) : null}
      {canWithdraw ? (
        <div className="mt-2">
          {noteField("Why (optional)", 2)}
          <div className="mt-2 flex flex-wrap gap-2">
            <Button disabled={isBusy} onClick={() => void act({ action: "withdraw-approval", to: "in-review", note })}>
              Back to review
            </Button>
            <Button disabled={isBusy} onClick={() => void act({ action: "withdraw-approval", to: "drafting", note })}>
              Back to drafting
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
