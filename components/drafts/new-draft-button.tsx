"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { callApi } from "@/components/api/api-client";
import { API } from "@/lib/api/endpoints";

/** Starts a draft on the server (revision 1, empty) and opens the wizard on it. */
export function NewDraftButton() {
  const router = useRouter();
  const [error, setError] = useState<string | undefined>(undefined);
  const [isBusy, setIsBusy] = useState(false);
  return (
    <div className="flex flex-col items-end gap-1">
      <Button
        variant="primary"
        disabled={isBusy}
        onClick={async () => {
          setIsBusy(true);
          const created = await callApi(API.createDraft(), {});
          if (created.ok) router.push(`/drafts/${created.value.draft.id}/court`);
          else {
            setError(created.error);
            setIsBusy(false);
          }
        }}
      >
        New draft
      </Button>
      {error ? (
        <p role="alert" className="text-sm text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}
