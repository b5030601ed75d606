import "server-only";
import { asc, eq } from "drizzle-orm";
import { memberships } from "@/server/db/schema";
import type { Db } from "@/server/db/types";
import type { Actor } from "./actor";

/** The actor for a signed-in user: their (first) chambers membership, or null if they have none. */
export async function actorForUser(db: Db, userId: string): Promise<Actor | null> {
  const [row] = await db
    .select({ userId: memberships.userId, chambersId: memberships.chambersId, role: memberships.role })
    .from(memberships)
    .where(eq(memberships.userId, userId))
    .orderBy(asc(memberships.createdAt))
    .limit(1);
  return row ?? null;
}
