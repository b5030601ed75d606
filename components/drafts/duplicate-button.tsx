"use client";

import { useRouter } from "next/navigation";
import { callApi } from "@/components/api/api-client";
import { API } from "@/lib/api/endpoints";
import { useApiAction } from "@/components/api/use-api-action";
import { settleOpenDrafts } from "@/components/browser-backup/open-drafts";
import { ActionError } from "@/components/api/action-error";

/** Copies the draft (its current answers, whatever its status) as a new draft, and opens the copy. */
export function DuplicateButton({ draftId }: { draftId: string }) {
  const router = useRouter();
  const { run, isBusy, error } = useApiAction();
  const duplicate = async () => {
    // Typed in this tab and not yet saved: saved first, so that the copy has it.
    await settleOpenDrafts();
    const copied = await run(() => callApi(API.duplicateDraft(draftId)));
    if (copied.ok) router.push(`/drafts/${copied.value.draft.id}/court`);
  };
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        disabled={isBusy}
        onClick={() => void duplicate()}
        className="rounded px-3 py-1.5 text-seal hover:bg-slate-100"
      >
        Duplicate
      </button>
      <ActionError message={error} />
    </span>
  );
}
