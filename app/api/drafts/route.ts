import { DraftListResponseSchema, DraftWithVersionResponseSchema } from "@/lib/api/responses";
import { CreateDraftBodySchema, DraftListQuerySchema } from "@/lib/api/bodies";
import { createDraft, listDrafts } from "@/server/drafts";
import { apiRoute } from "@/server/http/api-route";
import { failureResponse } from "@/server/http/failure-response";
import { jsonResponse } from "@/server/http/json-response";
import { MAX_DRAFT_BODY_BYTES } from "@/server/http/limits";
import { parseBody, toBodyIssues } from "@/server/http/parse-body";
import { problemResponse } from "@/server/http/problem-response";

export const runtime = "nodejs";

/** The chambers' drafts (heads only), optionally `?status=in-review`. */
export const GET = apiRoute("GET /api/drafts", async ({ request, actor, db }) => {
  const query = DraftListQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return problemResponse("invalid-body", toBodyIssues(query.error));
  return jsonResponse(DraftListResponseSchema, { drafts: await listDrafts(db, actor, query.data) });
});

/** A new draft in the actor's chambers: revision 1. */
export const POST = apiRoute("POST /api/drafts", async ({ request, actor, db }) => {
  const body = await parseBody(request, CreateDraftBodySchema, MAX_DRAFT_BODY_BYTES);
  if (!body.ok) return body.response;
  const created = await createDraft(db, actor, body.value);
  if (!created.ok) return failureResponse(created);
  return jsonResponse(DraftWithVersionResponseSchema, created.value, { status: 201 });
});
