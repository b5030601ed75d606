import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/server/db/client";
import type { Db } from "@/server/db/types";
import type { Actor } from "./actor";
import { getActor } from "./get-actor";
import { getAuth } from "./get-auth";
import { needsSetup } from "./needs-setup";

/**
 * For pages: the signed-in actor, or a redirect: to first-run setup on an empty database,
 * else to sign-in (coming back to `returnTo` afterwards).
 */
export async function requireActor(returnTo: string): Promise<{ actor: Actor; db: Db }> {
  // Headers first: it marks the page dynamic before anything opens the database.
  const requestHeaders = await headers();
  const [db, auth] = await Promise.all([getDb(), getAuth()]);
  const actor = await getActor(requestHeaders, { db, auth });
  if (actor) return { actor, db };
  if (await needsSetup(db)) redirect("/setup");
  redirect(`/login?next=${encodeURIComponent(returnTo)}`);
}
