import "server-only";
import { eq } from "drizzle-orm";
import { chambers, user } from "@/server/db/schema";
import type { Db } from "@/server/db/types";
import type { Actor } from "./actor";

/** What the header shows: the signed-in person's name and role, and their chambers' name. */
export type CurrentUser = { name: string; role: Actor["role"]; chambersName: string };

export async function currentUser(db: Db, actor: Actor): Promise<CurrentUser> {
  const [person] = await db.select({ name: user.name }).from(user).where(eq(user.id, actor.userId));
  const [room] = await db.select({ name: chambers.name }).from(chambers).where(eq(chambers.id, actor.chambersId));
  return { name: person?.name ?? "", role: actor.role, chambersName: room?.name ?? "" };
}
