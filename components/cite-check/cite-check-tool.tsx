"use client";

import { useId, useState } from "react";
import { callApi, readAnswer, UNREACHABLE } from "@/components/api/api-client";
import { API } from "@/lib/api/endpoints";
import { CiteCheckUploadResponseSchema } from "@/lib/api/responses";
import { fileNameFrom, saveBlob } from "@/components/api/save-download";
import { Button } from "@/components/ui/button";
import type { CiteCheckResult } from "@/lib/cite-check/findings";
import { FindingsList } from "./findings-list";
import { HighlightedText } from "./highlighted-text";

type Checked = CiteCheckResult & { text: string };
type Status = { kind: "idle" } | { kind: "working"; what: string } | { kind: "failed"; message: string };

const UPLOAD_TYPES: Record<string, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  // Not text/plain, which no write takes (a type any site can send); the server reads it as text.
  txt: "application/octet-stream",
};

/**
 * Paste text or upload a .docx or .pdf; every citation is checked against the verified library
 * (and the chambers' own), shown highlighted beside its findings; the Word file comes back with
 * each finding as a comment.
 */
export function CiteCheckTool() {
  const [text, setText] = useState("");
  const [checked, setChecked] = useState<Checked | undefined>();
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const textId = useId();
  const fileId = useId();

  const check = async () => {
    if (text.trim() === "") return setStatus({ kind: "failed", message: "Paste the text to check first." });
    setStatus({ kind: "working", what: "Checking…" });
    const result = await callApi(API.citeCheck(), { text });
    if (!result.ok) return setStatus({ kind: "failed", message: result.issues?.[0]?.message ?? result.error });
    setChecked({ ...result.value, text });
    setStatus({ kind: "idle" });
  };

  const upload = async (file: File) => {
    const extension = file.name.split(".").pop()?.toLowerCase() ?? "";
    setStatus({ kind: "working", what: `Reading ${file.name}…` });
    const response = await fetch("/api/cite-check/upload", {
      method: "POST",
      headers: { "Content-Type": UPLOAD_TYPES[extension] ?? (file.type || "application/octet-stream") },
      body: file,
      credentials: "same-origin",
    }).catch(() => undefined);
    const read = response ? await readAnswer(response, CiteCheckUploadResponseSchema) : UNREACHABLE;
    if (!read.ok) return setStatus({ kind: "failed", message: `${file.name}: ${read.error}` });
    setText(read.value.text);
    setChecked(read.value);
    setStatus({ kind: "idle" });
  };

  const download = async () => {
    if (!checked) return;
    setStatus({ kind: "working", what: "Preparing the Word file…" });
    const response = await fetch("/api/cite-check/docx", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ text: checked.text }),
      credentials: "same-origin",
    }).catch(() => undefined);
    if (!response?.ok) return setStatus({ kind: "failed", message: "The Word file could not be prepared. Try again." });
    saveBlob(await response.blob(), fileNameFrom(response.headers.get("Content-Disposition")));
    setStatus({ kind: "idle" });
  };

  const errors = checked?.findings.filter((f) => f.severity === "error").length ?? 0;
  const notes = (checked?.findings.length ?? 0) - errors;

  return (
    <div className="mt-6 space-y-6">
      <section aria-labelledby="input-heading" className="rounded-lg border border-line bg-white p-6">
        <h2 id="input-heading" className="text-xl font-semibold">
          Text to check
        </h2>
        <label htmlFor={textId} className="mt-3 block font-medium">
          Paste a brief, a motion or a draft
        </label>
        <textarea
          id={textId}
          value={text}
          onChange={(event) => setText(event.target.value)}
          rows={10}
          className="mt-1 w-full rounded border border-slate-400 p-2 font-serif text-sm"
        />
        <div className="mt-3 flex flex-wrap items-center gap-4">
          <Button variant="primary" onClick={check} disabled={status.kind === "working"}>
            Check citations
          </Button>
          <span className="text-muted">or</span>
          <label htmlFor={fileId} className="font-medium">
            Upload a .docx, .pdf or .txt file
          </label>
          <input
            id={fileId}
            type="file"
            accept=".docx,.pdf,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain"
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) void upload(file);
              event.target.value = "";
            }}
            className="text-sm"
          />
        </div>
        <div aria-live="polite" className="mt-2 text-sm">
          {status.kind === "working" ? <p>{status.what}</p> : null}
          {status.kind === "failed" ? (
            <p role="alert" className="text-danger">
              {status.message}
            </p>
          ) : null}
        </div>
      </section>
      {checked ? (
        <section aria-labelledby="results-heading">
          <div className="flex flex-wrap items-end justify-between gap-4">
            <div>
              <h2 id="results-heading" className="text-xl font-semibold">
                Results
              </h2>
              <p className="text-muted" data-testid="cite-check-summary">
                {checked.citations.length} citations · {errors} {errors === 1 ? "error" : "errors"} · {notes}{" "}
                {notes === 1 ? "note" : "notes"}
              </p>
            </div>
            <Button onClick={download} disabled={status.kind === "working"}>
              Download Word file with comments
            </Button>
          </div>
          <div className="mt-4 grid gap-6 lg:grid-cols-[3fr_2fr]">
            <HighlightedText text={checked.text} citations={checked.citations} />
            <FindingsList findings={checked.findings} citations={checked.citations} />
          </div>
        </section>
      ) : null}
    </div>
  );
}
