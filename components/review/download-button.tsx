"use client";

import { useState } from "react";
import type { MotionDraft } from "@/lib/motion/schema";
import { Button } from "@/components/ui/button";
import { fileNameFrom, refusalMessages, saveBlob } from "@/components/api/save-download";

type DownloadState =
  { kind: "idle" } | { kind: "working" } | { kind: "done"; fileName: string } | { kind: "failed"; messages: string[] };

/** Posts the draft to the render route and saves the Word file it returns. */
export function DownloadButton({ draft, isReady }: { draft: MotionDraft; isReady: boolean }) {
  const [state, setState] = useState<DownloadState>({ kind: "idle" });

  const download = async () => {
    setState({ kind: "working" });
    const response = await fetch("/api/render", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(draft),
    }).catch(() => undefined);
    if (!response) return setState({ kind: "failed", messages: ["The server could not be reached. Try again."] });
    if (!response.ok) return setState({ kind: "failed", messages: await refusalMessages(response) });
    const fileName = fileNameFrom(response.headers.get("Content-Disposition"));
    saveBlob(await response.blob(), fileName);
    setState({ kind: "done", fileName });
  };

  return (
    <section aria-labelledby="download-heading" className="rounded border border-line bg-paper p-4">
      <h2 id="download-heading" className="text-lg font-semibold">
        Word file
      </h2>
      <p id="download-hint" className="mt-1 text-sm text-muted">
        {isReady
          ? "The same order as the preview, as a .docx file."
          : "Answer what the order still needs (above) to download it."}
      </p>
      <Button
        variant="primary"
        className="mt-3"
        onClick={download}
        disabled={!isReady || state.kind === "working"}
        aria-describedby="download-hint"
      >
        {state.kind === "working" ? "Preparing…" : "Download .docx"}
      </Button>
      <div aria-live="polite" className="mt-2 text-sm">
        {state.kind === "done" ? <p className="text-ok">Downloaded {state.fileName}</p> : null}
        {state.kind === "failed" ? (
          <ul role="alert" className="list-disc pl-5 text-danger">
            {state.messages.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        ) : null}
      </div>
    </section>
  );
}
