"use client";

import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { callApi } from "@/components/api/api-client";
import { API } from "@/lib/api/endpoints";
import { useApiAction } from "@/components/api/use-api-action";
import { ActionError } from "@/components/api/action-error";

/** Restores an old revision as a new version (history is never rewritten). */
export function RestoreButton({ draftId, revision }: { draftId: string; revision: number }) {
  const router = useRouter();
  const { run, isBusy, error } = useApiAction();
  return (
    <span className="inline-flex flex-col items-start">
      <Button
        size="sm"
        disabled={isBusy}
        aria-label={`Restore revision ${revision} as a new version`}
        onClick={async () => {
          const restored = await run(
            () => callApi(API.restoreVersion(draftId, revision)),
            (failure) =>
              failure.conflict?.reason === "locked"
                ? "The draft is locked while in review or approved."
                : failure.error,
          );
          if (restored.ok) router.refresh();
        }}
      >
        Restore
      </Button>
      <ActionError message={error} />
    </span>
  );
}
