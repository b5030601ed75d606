import { DraftHeadResponseSchema } from "@/lib/api/responses";
import { StatusBodySchema } from "@/lib/api/bodies";
import { approveDraft, returnDraft, submitForReview, withdrawApproval } from "@/server/drafts";
import { apiRoute } from "@/server/http/api-route";
import { failureResponse } from "@/server/http/failure-response";
import { jsonResponse } from "@/server/http/json-response";
import { MAX_SMALL_BODY_BYTES } from "@/server/http/limits";
import { parseBody } from "@/server/http/parse-body";

export const runtime = "nodejs";

/** Submit for review (anyone); return with a note, approve, or withdraw an approval (the judge). */
export const POST = apiRoute<{ draftId: string }>(
  "POST /api/drafts/[draftId]/status",
  async ({ request, actor, db, params }) => {
    const body = await parseBody(request, StatusBodySchema, MAX_SMALL_BODY_BYTES);
    if (!body.ok) return body.response;
    const change = body.value;
    const result = await (() => {
      switch (change.action) {
        case "submit":
          return submitForReview(db, actor, params.draftId);
        case "approve":
          return approveDraft(db, actor, params.draftId);
        case "return":
          return returnDraft(db, actor, params.draftId, change.note);
        case "withdraw-approval":
          return withdrawApproval(db, actor, params.draftId, change.to, change.note || undefined);
      }
    })();
    return result.ok ? jsonResponse(DraftHeadResponseSchema, { draft: result.value }) : failureResponse(result);
  },
);
