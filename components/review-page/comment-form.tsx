"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { callApi } from "@/components/api/api-client";
import { API } from "@/lib/api/endpoints";
import { useApiAction } from "@/components/api/use-api-action";
import type { AnchorOption } from "./comment-anchors";

/** A comment on a section or a paragraph of this revision; what was typed stays if the save fails. */
export function CommentForm({
  draftId,
  revision,
  anchors,
}: {
  draftId: string;
  revision: number;
  anchors: AnchorOption[];
}) {
  const router = useRouter();
  const id = useId();
  const [where, setWhere] = useState(anchors[0]?.value ?? "");
  const [body, setBody] = useState("");
  const { run, isBusy, error, setError } = useApiAction();
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const anchor = anchors.find((option) => option.value === where);
    if (!anchor) return setError("Choose where the comment goes");
    if (body.trim() === "") return setError("Write the comment");
    const added = await run(
      () =>
        callApi(API.addComment(draftId), {
          revision,
          body,
          anchor: {
            section: anchor.section,
            ...(anchor.blockIndex === undefined ? {} : { blockIndex: anchor.blockIndex }),
          },
        }),
      (failure) => failure.issues?.map((issue) => `${issue.path}: ${issue.message}`).join("; ") || failure.error,
    );
    if (!added.ok) return;
    setBody("");
    router.refresh();
  };
  return (
    <form onSubmit={submit} noValidate className="grid gap-3" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        Add a comment
      </h2>
      <div>
        <label htmlFor={`${id}-where`} className="block font-medium">
          On
        </label>
        <select
          id={`${id}-where`}
          value={where}
          onChange={(e) => setWhere(e.target.value)}
          className="mt-1 block w-full rounded border border-slate-400 bg-white px-2 py-2 text-sm"
        >
          {anchors.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={`${id}-body`} className="block font-medium">
          Comment
        </label>
        <textarea
          id={`${id}-body`}
          value={body}
          maxLength={5000}
          onChange={(e) => setBody(e.target.value)}
          rows={4}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className="mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2"
        />
      </div>
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-danger">
          {error}
        </p>
      ) : null}
      <div>
        <Button type="submit" variant="primary" disabled={isBusy}>
          Add comment
        </Button>
      </div>
    </form>
  );
}
