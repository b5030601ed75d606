import { CommentListResponseSchema, CommentResponseSchema } from "@/lib/api/responses";
import { CommentInputSchema } from "@/lib/workflow/comment-input";
import { addComment, listComments } from "@/server/drafts";
import { apiRoute } from "@/server/http/api-route";
import { failureResponse } from "@/server/http/failure-response";
import { jsonResponse } from "@/server/http/json-response";
import { MAX_SMALL_BODY_BYTES } from "@/server/http/limits";
import { parseBody } from "@/server/http/parse-body";

export const runtime = "nodejs";

type Params = { draftId: string };

/** The draft's review comments, oldest first, resolved ones included. */
export const GET = apiRoute<Params>("GET /api/drafts/[draftId]/comments", async ({ actor, db, params }) => {
  const found = await listComments(db, actor, params.draftId);
  return found.ok ? jsonResponse(CommentListResponseSchema, { comments: found.value }) : failureResponse(found);
});

/** A comment on a section or a paragraph of a revision (default: the current one). */
export const POST = apiRoute<Params>("POST /api/drafts/[draftId]/comments", async ({ request, actor, db, params }) => {
  const body = await parseBody(request, CommentInputSchema, MAX_SMALL_BODY_BYTES);
  if (!body.ok) return body.response;
  const added = await addComment(db, actor, params.draftId, body.value);
  return added.ok
    ? jsonResponse(CommentResponseSchema, { comment: added.value }, { status: 201 })
    : failureResponse(added);
});
