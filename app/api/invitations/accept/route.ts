import { AcceptedInvitationResponseSchema } from "@/lib/api/responses";
import { AcceptInvitationBodySchema } from "@/lib/api/bodies";
import { acceptInvitation } from "@/server/auth/accept-invitation";
import { getAuth } from "@/server/auth/get-auth";
import { publicWriteRoute } from "@/server/http/api-route";
import { failureResponse } from "@/server/http/failure-response";
import { jsonResponse } from "@/server/http/json-response";
import { MAX_SMALL_BODY_BYTES } from "@/server/http/limits";
import { parseBody } from "@/server/http/parse-body";

export const runtime = "nodejs";

/** Accepts an invitation: creates the invitee's account and membership (they then sign in). */
export const POST = publicWriteRoute("POST /api/invitations/accept", async (request, db) => {
  const body = await parseBody(request, AcceptInvitationBodySchema, MAX_SMALL_BODY_BYTES);
  if (!body.ok) return body.response;
  const { token, name, password } = body.value;
  const accepted = await acceptInvitation(db, await getAuth(), token, name, password);
  return accepted.ok
    ? jsonResponse(AcceptedInvitationResponseSchema, { role: accepted.value.role }, { status: 201 })
    : failureResponse(accepted);
});
