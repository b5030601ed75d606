"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { fileNameFrom, refusalMessages, saveBlob } from "@/components/api/save-download";

type State = { kind: "idle" } | { kind: "working" } | { kind: "refused"; messages: string[] };

/**
 * One revision as a Word file. A revision the order is not ready in (a placeholder party, no
 * ruling) is refused by the server, and the refusal is shown here with what it still needs.
 */
export function VersionDownload({ draftId, revision }: { draftId: string; revision: number }) {
  const [state, setState] = useState<State>({ kind: "idle" });
  const download = async () => {
    setState({ kind: "working" });
    const response = await fetch(`/api/drafts/${draftId}/docx?revision=${revision}`).catch(() => undefined);
    if (!response) return setState({ kind: "refused", messages: ["The server could not be reached. Try again."] });
    if (!response.ok) return setState({ kind: "refused", messages: await refusalMessages(response) });
    saveBlob(await response.blob(), fileNameFrom(response.headers.get("Content-Disposition")));
    setState({ kind: "idle" });
  };
  return (
    <span className="inline-flex flex-col items-start">
      <Button size="sm" disabled={state.kind === "working"} onClick={() => void download()}>
        .docx<span className="sr-only"> of revision {revision}</span>
      </Button>
      {state.kind === "refused" ? (
        <span role="alert" className="mt-1 text-xs text-danger">
          Not ready: revision {revision} cannot be downloaded yet. {state.messages.join("; ")}.
        </span>
      ) : null}
    </span>
  );
}
