import { RevokedInvitationResponseSchema } from "@/lib/api/responses";
import { NoFieldsBodySchema } from "@/lib/api/bodies";
import { revokeInvitation } from "@/server/chambers/members";
import { apiRoute } from "@/server/http/api-route";
import { failureResponse } from "@/server/http/failure-response";
import { jsonResponse } from "@/server/http/json-response";
import { MAX_SMALL_BODY_BYTES } from "@/server/http/limits";
import { parseBody } from "@/server/http/parse-body";

export const runtime = "nodejs";

/** Revokes an open invitation: its link stops working. */
export const POST = apiRoute<{ invitationId: string }>(
  "POST /api/invitations/[invitationId]/revoke",
  async ({ request, actor, db, params }) => {
    const body = await parseBody(request, NoFieldsBodySchema, MAX_SMALL_BODY_BYTES);
    if (!body.ok) return body.response;
    const revoked = await revokeInvitation(db, actor, params.invitationId);
    return revoked.ok ? jsonResponse(RevokedInvitationResponseSchema, revoked.value) : failureResponse(revoked);
  },
);
