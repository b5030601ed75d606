"use client";

import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { callApi } from "@/components/api/api-client";
import { API } from "@/lib/api/endpoints";
import { useApiAction } from "@/components/api/use-api-action";

/** A comment as the review page shows it. */
export type CommentView = {
  id: string;
  where: string;
  /** The block's id in the order on this page, to jump to it (absent when it points at a whole section). */
  target?: string;
  body: string;
  author: string;
  at: string;
  revision: number;
  resolvedBy?: string;
};

/** The draft's comments: open ones first, each with where it points, who wrote it, and Resolve. */
export function CommentList({ comments, currentRevision }: { comments: CommentView[]; currentRevision: number }) {
  const router = useRouter();
  const { run, error } = useApiAction();
  const open = comments.filter((c) => !c.resolvedBy);
  const resolved = comments.filter((c) => c.resolvedBy);
  const resolve = async (id: string) => {
    const done = await run(() => callApi(API.resolveComment(id), { resolved: true }));
    if (done.ok) router.refresh();
  };
  const item = (comment: CommentView) => (
    <li
      key={comment.id}
      className="rounded border border-line bg-white p-3"
      aria-label={`Comment by ${comment.author} on ${comment.where}`}
    >
      <p className="text-sm text-muted">
        {comment.target ? (
          <a href={`#${comment.target}`} className="text-seal underline">
            {comment.where}
          </a>
        ) : (
          comment.where
        )}
        {comment.revision !== currentRevision ? ` (on revision ${comment.revision})` : ""}
      </p>
      <p className="mt-1 whitespace-pre-wrap">{comment.body}</p>
      <p className="mt-1 text-xs text-muted">
        {comment.author} · {comment.at}
        {comment.resolvedBy ? ` · resolved by ${comment.resolvedBy}` : ""}
      </p>
      {comment.resolvedBy ? null : (
        <Button size="sm" className="mt-2" onClick={() => void resolve(comment.id)}>
          Resolve
        </Button>
      )}
    </li>
  );
  return (
    <section aria-labelledby="comments-title">
      <h2 id="comments-title" className="text-lg font-semibold">
        Comments ({open.length} open)
      </h2>
      {error ? (
        <p role="alert" className="text-sm text-danger">
          {error}
        </p>
      ) : null}
      {open.length === 0 ? (
        <p className="mt-2 text-sm text-muted">No open comments.</p>
      ) : (
        <ul className="mt-2 grid gap-2">{open.map(item)}</ul>
      )}
      {resolved.length > 0 ? (
        <details className="mt-3">
          <summary className="cursor-pointer text-sm">Resolved ({resolved.length})</summary>
          <ul className="mt-2 grid gap-2">{resolved.map(item)}</ul>
        </details>
      ) : null}
    </section>
  );
}
