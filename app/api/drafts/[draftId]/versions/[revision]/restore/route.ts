import { DraftWithVersionResponseSchema } from "@/lib/api/responses";
import { RevisionParamSchema } from "@/lib/api/bodies";
import { restoreVersion } from "@/server/drafts";
import { apiRoute } from "@/server/http/api-route";
import { failureResponse } from "@/server/http/failure-response";
import { jsonResponse } from "@/server/http/json-response";
import { problemResponse } from "@/server/http/problem-response";

export const runtime = "nodejs";

/** Restores an old revision as a new version (history is never rewritten). */
export const POST = apiRoute<{ draftId: string; revision: string }>(
  "POST /api/drafts/[draftId]/versions/[revision]/restore",
  async ({ actor, db, params }) => {
    const revision = RevisionParamSchema.safeParse(params.revision);
    if (!revision.success) return problemResponse("not-found");
    const restored = await restoreVersion(db, actor, params.draftId, revision.data);
    return restored.ok ? jsonResponse(DraftWithVersionResponseSchema, restored.value) : failureResponse(restored);
  },
);
