import { CommentResponseSchema } from "@/lib/api/responses";
import { ResolveCommentBodySchema } from "@/lib/api/bodies";
import { resolveComment } from "@/server/drafts";
import { apiRoute } from "@/server/http/api-route";
import { failureResponse } from "@/server/http/failure-response";
import { jsonResponse } from "@/server/http/json-response";
import { MAX_SMALL_BODY_BYTES } from "@/server/http/limits";
import { parseBody } from "@/server/http/parse-body";

export const runtime = "nodejs";

/** Resolves a comment (`{ "resolved": true }`). */
export const PATCH = apiRoute<{ commentId: string }>(
  "PATCH /api/comments/[commentId]",
  async ({ request, actor, db, params }) => {
    const body = await parseBody(request, ResolveCommentBodySchema, MAX_SMALL_BODY_BYTES);
    if (!body.ok) return body.response;
    const resolved = await resolveComment(db, actor, params.commentId);
    return resolved.ok ? jsonResponse(CommentResponseSchema, { comment: resolved.value }) : failureResponse(resolved);
  },
);
