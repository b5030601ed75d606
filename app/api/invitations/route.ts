import { InvitationResponseSchema } from "@/lib/api/responses";
import { InviteBodySchema } from "@/lib/api/bodies";
import { mayManageMembers } from "@/lib/workflow/member-rules";
import { inviteMember } from "@/server/auth/invite-member";
import { apiRoute } from "@/server/http/api-route";
import { failureResponse } from "@/server/http/failure-response";
import { jsonResponse } from "@/server/http/json-response";
import { MAX_SMALL_BODY_BYTES } from "@/server/http/limits";
import { parseBody } from "@/server/http/parse-body";
import { problemResponse } from "@/server/http/problem-response";

export const runtime = "nodejs";

/** The judge or the chambers' admin invites a member (only a judge invites a judge); the answer carries the one-time link. */
export const POST = apiRoute("POST /api/invitations", async ({ request, actor, db }) => {
  if (!mayManageMembers(actor.role)) return problemResponse("forbidden-role");
  const body = await parseBody(request, InviteBodySchema, MAX_SMALL_BODY_BYTES);
  if (!body.ok) return body.response;
  const invited = await inviteMember(db, actor, body.value.email, body.value.role);
  if (!invited.ok) return failureResponse(invited);
  // The origin the inviter's browser used (checked same-origin above), so the link opens where they work.
  const link = `${request.headers.get("origin") ?? new URL(request.url).origin}/invite/${invited.value.token}`;
  return jsonResponse(InvitationResponseSchema, { link, expiresAt: invited.value.expiresAt }, { status: 201 });
});
