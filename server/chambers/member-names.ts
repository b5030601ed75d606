import "server-only";
import { eq } from "drizzle-orm";
import { memberships, user } from "@/server/db/schema";
import type { Db } from "@/server/db/types";
import type { Role } from "@/lib/workflow/schema";

/** A member of the chambers, as the review screens name them. */
export type Member = { userId: string; name: string; email: string; role: Role };

/** The members of one chambers (names for comments, versions and the audit trail). */
export async function listMembers(db: Db, chambersId: string): Promise<Member[]> {
  return db
    .select({ userId: user.id, name: user.name, email: user.email, role: memberships.role })
    .from(memberships)
    .innerJoin(user, eq(user.id, memberships.userId))
    .where(eq(memberships.chambersId, chambersId))
    .orderBy(user.name);
}

/** userId → name, for one chambers. */
export async function memberNames(db: Db, chambersId: string): Promise<Map<string, string>> {
  return new Map((await listMembers(db, chambersId)).map((m) => [m.userId, m.name]));
}
