import { VersionListResponseSchema } from "@/lib/api/responses";
import { listVersions } from "@/server/drafts";
import { apiRoute } from "@/server/http/api-route";
import { failureResponse } from "@/server/http/failure-response";
import { jsonResponse } from "@/server/http/json-response";

export const runtime = "nodejs";

/** The draft's history, newest first (who saved each revision, when, any note). */
export const GET = apiRoute<{ draftId: string }>(
  "GET /api/drafts/[draftId]/versions",
  async ({ actor, db, params }) => {
    const versions = await listVersions(db, actor, params.draftId);
    return versions.ok
      ? jsonResponse(VersionListResponseSchema, { versions: versions.value })
      : failureResponse(versions);
  },
);
