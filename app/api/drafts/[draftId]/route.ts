import { DraftWithVersionResponseSchema } from "@/lib/api/responses";
import { SaveDraftBodySchema } from "@/lib/api/bodies";
import { getDraft, saveDraft } from "@/server/drafts";
import { apiRoute } from "@/server/http/api-route";
import { failureResponse } from "@/server/http/failure-response";
import { jsonResponse } from "@/server/http/json-response";
import { MAX_DRAFT_BODY_BYTES } from "@/server/http/limits";
import { parseBody } from "@/server/http/parse-body";

export const runtime = "nodejs";

type Params = { draftId: string };

/** The draft's head and current version. */
export const GET = apiRoute<Params>("GET /api/drafts/[draftId]", async ({ actor, db, params }) => {
  const found = await getDraft(db, actor, params.draftId);
  return found.ok ? jsonResponse(DraftWithVersionResponseSchema, found.value) : failureResponse(found);
});

/** Saves a new version on top of `baseRevision`; 409 with `conflict.theirs` (their version) if someone saved first. */
export const PUT = apiRoute<Params>("PUT /api/drafts/[draftId]", async ({ request, actor, db, params }) => {
  const body = await parseBody(request, SaveDraftBodySchema, MAX_DRAFT_BODY_BYTES);
  if (!body.ok) return body.response;
  const saved = await saveDraft(db, actor, params.draftId, body.value.baseRevision, body.value.data);
  return saved.ok ? jsonResponse(DraftWithVersionResponseSchema, saved.value) : failureResponse(saved);
});
