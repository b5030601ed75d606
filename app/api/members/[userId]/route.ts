import { MemberResponseSchema } from "@/lib/api/responses";
import { MemberChangeBodySchema } from "@/lib/api/bodies";
import { changeMember } from "@/server/chambers/members";
import { apiRoute } from "@/server/http/api-route";
import { failureResponse } from "@/server/http/failure-response";
import { jsonResponse } from "@/server/http/json-response";
import { MAX_SMALL_BODY_BYTES } from "@/server/http/limits";
import { parseBody } from "@/server/http/parse-body";

export const runtime = "nodejs";

/** The judge or administrator renames a member or changes their role (only a judge grants the judge role). */
export const PATCH = apiRoute<{ userId: string }>(
  "PATCH /api/members/[userId]",
  async ({ request, actor, db, params }) => {
    const body = await parseBody(request, MemberChangeBodySchema, MAX_SMALL_BODY_BYTES);
    if (!body.ok) return body.response;
    const changed = await changeMember(db, actor, params.userId, body.value);
    return changed.ok ? jsonResponse(MemberResponseSchema, changed.value) : failureResponse(changed);
  },
);
