import { DraftWithVersionResponseSchema } from "@/lib/api/responses";
import { KeepMineBodySchema } from "@/lib/api/bodies";
import { keepMineAsNewVersion } from "@/server/drafts";
import { apiRoute } from "@/server/http/api-route";
import { failureResponse } from "@/server/http/failure-response";
import { jsonResponse } from "@/server/http/json-response";
import { MAX_DRAFT_BODY_BYTES } from "@/server/http/limits";
import { parseBody } from "@/server/http/parse-body";

export const runtime = "nodejs";

/** The conflict's "keep mine": my answers become a new version on top of theirs (both are kept). */
export const POST = apiRoute<{ draftId: string }>(
  "POST /api/drafts/[draftId]/keep-mine",
  async ({ request, actor, db, params }) => {
    const body = await parseBody(request, KeepMineBodySchema, MAX_DRAFT_BODY_BYTES);
    if (!body.ok) return body.response;
    const saved = await keepMineAsNewVersion(db, actor, params.draftId, body.value.data, body.value.theirsRevision);
    return saved.ok ? jsonResponse(DraftWithVersionResponseSchema, saved.value) : failureResponse(saved);
  },
);
