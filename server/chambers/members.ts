import "server-only";
import { and, asc, eq, gt, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { printableText } from "@/lib/order/printable-text";
import { mayGrant, mayManage, mayManageMembers } from "@/lib/workflow/member-rules";
import type { Role } from "@/lib/workflow/schema";
import type { Actor } from "@/server/auth/actor";
import { invitations, memberships, session, user } from "@/server/db/schema";
import type { Db } from "@/server/db/types";
import { fail, ok, type Failure, type Issue, type Result } from "@/server/errors";

/**
 * The chambers page's member management: the judge or administrator renames a member, changes
 * their role (only a judge grants the judge role), ends their sessions, removes them, or revokes
 * an invitation. Another chambers' member or invitation is not-found.
 */

type Refusal = Failure<"not-found"> | Failure<"forbidden-role">;

/** A member of the actor's chambers, with their role; null if they are not one. */
async function memberOf(db: Db, actor: Actor, userId: string) {
  const [row] = await db
    .select({ userId: memberships.userId, role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.chambersId, actor.chambersId)));
  return row ?? null;
}

/** Checks the actor may act on this member: not-found outside the chambers, forbidden-role by the rules. */
async function manageable(db: Db, actor: Actor, userId: string): Promise<Refusal | { ok: true; role: Role }> {
  if (userId.length === 0 || userId.length > 100) return fail("not-found");
  const member = await memberOf(db, actor, userId);
  if (!member) return fail("not-found");
  if (!mayManage(actor, member)) return fail("forbidden-role");
  return { ok: true, role: member.role };
}

/** A person's name as the judge or administrator sets it: printable, one line, 1 to 200 characters. */
export const MemberNameSchema = z
  .string()
  .transform((name) => printableText(name).replace(/\s+/g, " ").trim())
  .pipe(z.string().min(1, { error: "Give a name" }).max(200));

/** Renames a member and/or changes their role. */
export async function changeMember(
  db: Db,
  actor: Actor,
  userId: string,
  change: { name?: string | undefined; role?: Role | undefined },
): Promise<Result<{ userId: string }, Refusal | Failure<"invalid", { issues: Issue[] }>>> {
  const allowed = await manageable(db, actor, userId);
  if (!allowed.ok) return allowed;
  if (change.role !== undefined && !mayGrant(actor.role, change.role)) return fail("forbidden-role");
  const name = change.name === undefined ? undefined : MemberNameSchema.safeParse(change.name);
  if (name && !name.success)
    return fail("invalid", { issues: name.error.issues.map((issue) => ({ path: "name", message: issue.message })) });
  await db.transaction(async (tx) => {
    if (name?.success)
      await tx
        .update(user)
        .set({ name: name.data, updatedAt: sql`now()` })
        .where(eq(user.id, userId));
    if (change.role !== undefined)
      await tx
        .update(memberships)
        .set({ role: change.role })
        .where(and(eq(memberships.userId, userId), eq(memberships.chambersId, actor.chambersId)));
  });
  return ok({ userId });
}

/** Ends every session of a member (signed out everywhere, on their next request). */
export async function endSessions(db: Db, actor: Actor, userId: string): Promise<Result<{ ended: number }, Refusal>> {
  const allowed = await manageable(db, actor, userId);
  if (!allowed.ok) return allowed;
  const ended = await db.delete(session).where(eq(session.userId, userId)).returning({ id: session.id });
  return ok({ ended: ended.length });
}

/** Removes a member from the chambers and ends their sessions; what they wrote stays, under their name. */
export async function removeMember(db: Db, actor: Actor, userId: string): Promise<Result<{ userId: string }, Refusal>> {
  const allowed = await manageable(db, actor, userId);
  if (!allowed.ok) return allowed;
  await db.transaction(async (tx) => {
    await tx
      .delete(memberships)
      .where(and(eq(memberships.userId, userId), eq(memberships.chambersId, actor.chambersId)));
    await tx.delete(session).where(eq(session.userId, userId));
  });
  return ok({ userId });
}

/** An open invitation, as the chambers page lists it. */
export type OpenInvitation = { id: string; email: string; role: Role; expiresAt: Date };

/** The chambers' unused, unexpired invitations, oldest first. */
export function listOpenInvitations(db: Db, chambersId: string): Promise<OpenInvitation[]> {
  return db
    .select({ id: invitations.id, email: invitations.email, role: invitations.role, expiresAt: invitations.expiresAt })
    .from(invitations)
    .where(
      and(
        eq(invitations.chambersId, chambersId),
        isNull(invitations.acceptedAt),
        gt(invitations.expiresAt, sql`now()`),
      ),
    )
    .orderBy(asc(invitations.createdAt));
}

/** Revokes an open invitation: its link stops working. */
export async function revokeInvitation(
  db: Db,
  actor: Actor,
  invitationId: string,
): Promise<Result<{ id: string }, Refusal>> {
  if (!z.uuid().safeParse(invitationId).success) return fail("not-found");
  if (!mayManageMembers(actor.role)) return fail("forbidden-role");
  const [row] = await db
    .select({ role: invitations.role })
    .from(invitations)
    .where(and(eq(invitations.id, invitationId), eq(invitations.chambersId, actor.chambersId)));
  if (!row) return fail("not-found");
  if (!mayGrant(actor.role, row.role)) return fail("forbidden-role");
  await db.delete(invitations).where(eq(invitations.id, invitationId));
  return ok({ id: invitationId });
}
