import "server-only";
import { getDb } from "@/server/db/client";
import type { Db } from "@/server/db/types";
import type { Actor } from "./actor";
import { actorForUser } from "./actor-for-user";
import type { Auth } from "./create-auth";
import { getAuth } from "./get-auth";

/**
 * Who is making this request: the session cookie in `headers` → user → chambers membership.
 * Null when signed out, the session expired, or the user belongs to no chambers.
 * `deps` lets tests pass their own database and auth instance.
 */
export async function getActor(headers: Headers, deps?: { db: Db; auth: Auth }): Promise<Actor | null> {
  const auth = deps?.auth ?? (await getAuth());
  const db = deps?.db ?? (await getDb());
  const session = await auth.api.getSession({ headers });
  return session ? actorForUser(db, session.user.id) : null;
}
