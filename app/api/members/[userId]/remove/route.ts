import { MemberResponseSchema } from "@/lib/api/responses";
import { NoFieldsBodySchema } from "@/lib/api/bodies";
import { removeMember } from "@/server/chambers/members";
import { apiRoute } from "@/server/http/api-route";
import { failureResponse } from "@/server/http/failure-response";
import { jsonResponse } from "@/server/http/json-response";
import { MAX_SMALL_BODY_BYTES } from "@/server/http/limits";
import { parseBody } from "@/server/http/parse-body";

export const runtime = "nodejs";

/** Removes a member from the chambers and ends their sessions (what they wrote stays, under their name). */
export const POST = apiRoute<{ userId: string }>(
  "POST /api/members/[userId]/remove",
  async ({ request, actor, db, params }) => {
    const body = await parseBody(request, NoFieldsBodySchema, MAX_SMALL_BODY_BYTES);
    if (!body.ok) return body.response;
    const removed = await removeMember(db, actor, params.userId);
    return removed.ok ? jsonResponse(MemberResponseSchema, removed.value) : failureResponse(removed);
  },
);
