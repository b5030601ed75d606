"use client";

import { useId, useRef } from "react";
import type { OpenCitationFlag } from "@/lib/cite-check/order-flag-comments";
import { Button } from "@/components/ui/button";

/**
 * The judge's approval, confirmed in a dialog that lists the order's open citation flags first
 * (unverified pins, authorities verified only as cited, negative history, cautions): the approved
 * revision's Word file goes out without them.
 */
export function ApproveDialog({
  openFlags,
  isBusy,
  onApprove,
}: {
  openFlags: readonly OpenCitationFlag[];
  isBusy: boolean;
  onApprove: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const close = () => dialog.current?.close();
  return (
    <>
      <Button variant="primary" disabled={isBusy} onClick={() => dialog.current?.showModal()}>
        Approve
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby={`${id}-title`}
        className="m-auto w-full max-w-2xl rounded-lg border border-line bg-white p-5 backdrop:bg-black/40"
      >
        <h2 id={`${id}-title`} className="text-lg font-semibold">
          Approve this revision?
        </h2>
        {openFlags.length > 0 ? (
          <section aria-labelledby={`${id}-flags`} className="mt-3">
            <h3 id={`${id}-flags`} className="font-semibold">
              Open citation flags ({openFlags.length})
            </h3>
            <p className="mt-1 text-sm text-muted">
              These citations are not fully verified. The approved revision&apos;s Word file carries no flags.
            </p>
            <ul className="mt-2 max-h-80 space-y-2 overflow-y-auto text-sm">
              {openFlags.map((flag) => (
                <li
                  key={`${flag.citation}|${flag.notes.join("|")}`}
                  className="rounded border-l-4 border-caution px-3 py-1"
                >
                  <p className="font-medium">{flag.citation}</p>
                  {flag.notes.map((note) => (
                    <p key={note}>{note}</p>
                  ))}
                </li>
              ))}
            </ul>
          </section>
        ) : (
          <p className="mt-3">No open citation flags.</p>
        )}
        <div className="mt-4 flex flex-wrap gap-2">
          <Button
            variant="primary"
            disabled={isBusy}
            onClick={() => {
              close();
              onApprove();
            }}
          >
            Approve this revision
          </Button>
          <Button onClick={close}>Cancel</Button>
        </div>
      </dialog>
    </>
  );
}
