import "server-only";
import { z } from "zod";
import { RoleSchema, type Role } from "@/lib/workflow/schema";
import { invitations } from "@/server/db/schema";
import type { Db } from "@/server/db/types";
import { fail, ok, type Failure, type Issue, type Result } from "@/server/errors";
import { toDraftIssues } from "@/lib/motion/parse-draft";
import { mayGrant } from "@/lib/workflow/member-rules";
import type { Actor } from "./actor";
import { hashToken, newToken } from "./hash-token";

const InviteSchema = z.object({ email: z.email().transform((e) => e.trim().toLowerCase()), role: RoleSchema });

/** How long an invitation stays open. */
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Invites someone to the inviter's chambers with a role. Returns the one-time token (to put in
 * the link); only its hash is stored. The judge or the administrator invites; only a judge
 * invites a judge (who could then approve orders).
 */
export async function inviteMember(
  db: Db,
  inviter: Actor,
  email: string,
  role: Role,
  now: Date = new Date(),
): Promise<
  Result<
    { token: string; invitationId: string; expiresAt: Date },
    Failure<"invalid", { issues: Issue[] }> | Failure<"forbidden-role">
  >
> {
  if (!mayGrant(inviter.role, role)) return fail("forbidden-role");
  const chambersId = inviter.chambersId;
  const parsed = InviteSchema.safeParse({ email, role });
  if (!parsed.success) return fail("invalid", { issues: toDraftIssues(parsed.error) });
  const token = newToken();
  const expiresAt = new Date(now.getTime() + INVITATION_TTL_MS);
  const [row] = await db
    .insert(invitations)
    .values({ chambersId, email: parsed.data.email, role: parsed.data.role, tokenHash: hashToken(token), expiresAt })
    .returning({ id: invitations.id });
  if (!row) throw new Error("insert returned no row");
  return ok({ token, invitationId: row.id, expiresAt });
}
