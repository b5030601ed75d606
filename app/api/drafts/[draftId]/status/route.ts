import { StatusBodySchema } from "@/lib/api/bodies";
import { approveDraft, returnDraft, submitForReview } from "@/server/drafts";
import { apiRoute } from "@/server/http/api-route";
import { failureResponse } from "@/server/http/failure-response";
import { MAX_SMALL_BODY_BYTES } from "@/server/http/limits";
import { parseBody } from "@/server/http/parse-body";

export const runtime = "nodejs";

/** Submit for review (anyone), return with a note or approve (the judge). */
export const POST = apiRoute<{ draftId: string }>(
  "POST /api/drafts/[draftId]/status",
  async ({ request, actor, db, params }) => {
    const body = await parseBody(request, StatusBodySchema, MAX_SMALL_BODY_BYTES);
    if (!body.ok) return body.response;
    const change = body.value;
    const result =
      change.action === "submit"
        ? await submitForReview(db, actor, params.draftId)
        : change.action === "approve"
          ? await approveDraft(db, actor, params.draftId)
          : await returnDraft(db, actor, params.draftId, change.note);
    return result.ok ? Response.json({ draft: result.value }) : failureResponse(result);
  },
);
