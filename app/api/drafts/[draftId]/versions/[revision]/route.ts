import { VersionResponseSchema } from "@/lib/api/responses";
import { RevisionParamSchema } from "@/lib/api/bodies";
import { getVersion } from "@/server/drafts";
import { apiRoute } from "@/server/http/api-route";
import { failureResponse } from "@/server/http/failure-response";
import { jsonResponse } from "@/server/http/json-response";
import { problemResponse } from "@/server/http/problem-response";

export const runtime = "nodejs";

/** One revision with its answers. */
export const GET = apiRoute<{ draftId: string; revision: string }>(
  "GET /api/drafts/[draftId]/versions/[revision]",
  async ({ actor, db, params }) => {
    const revision = RevisionParamSchema.safeParse(params.revision);
    if (!revision.success) return problemResponse("not-found");
    const version = await getVersion(db, actor, params.draftId, revision.data);
    return version.ok ? jsonResponse(VersionResponseSchema, version.value) : failureResponse(version);
  },
);
