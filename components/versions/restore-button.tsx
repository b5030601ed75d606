"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { callApi } from "@/components/api/api-client";

/** Restores an old revision as a new version (history is never rewritten). */
export function RestoreButton({ draftId, revision }: { draftId: string; revision: number }) {
  const router = useRouter();
  const [error, setError] = useState<string | undefined>(undefined);
  const [isBusy, setIsBusy] = useState(false);
  return (
    <span className="inline-flex flex-col items-start">
      <Button
        size="sm"
        disabled={isBusy}
        aria-label={`Restore revision ${revision} as a new version`}
        onClick={async () => {
          setIsBusy(true);
          const restored = await callApi("POST", `/api/drafts/${draftId}/versions/${revision}/restore`);
          setIsBusy(false);
          if (!restored.ok) {
            setError(restored.body.reason === "locked" ? "The draft is locked while in review or approved." : restored.error);
            return;
          }
          router.refresh();
        }}
      >
        Restore
      </Button>
      {error ? (
        <span role="alert" className="text-xs text-danger">
          {error}
        </span>
      ) : null}
    </span>
  );
}
