import { EndedSessionsResponseSchema } from "@/lib/api/responses";
import { NoFieldsBodySchema } from "@/lib/api/bodies";
import { endSessions } from "@/server/chambers/members";
import { apiRoute } from "@/server/http/api-route";
import { failureResponse } from "@/server/http/failure-response";
import { jsonResponse } from "@/server/http/json-response";
import { MAX_SMALL_BODY_BYTES } from "@/server/http/limits";
import { parseBody } from "@/server/http/parse-body";

export const runtime = "nodejs";

/** Signs a member out everywhere, from their next request on. */
export const POST = apiRoute<{ userId: string }>(
  "POST /api/members/[userId]/end-sessions",
  async ({ request, actor, db, params }) => {
    const body = await parseBody(request, NoFieldsBodySchema, MAX_SMALL_BODY_BYTES);
    if (!body.ok) return body.response;
    const ended = await endSessions(db, actor, params.userId);
    return ended.ok ? jsonResponse(EndedSessionsResponseSchema, ended.value) : failureResponse(ended);
  },
);
