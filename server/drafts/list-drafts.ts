import "server-only";
import { and, desc, eq } from "drizzle-orm";
import type { Actor } from "@/server/auth/actor";
import type { DraftStatus } from "@/lib/workflow/schema";
import { drafts } from "@/server/db/schema";
import type { Db } from "@/server/db/types";
import type { DraftHead } from "@/lib/workflow/records";

/** The actor's chambers' drafts, most recently updated first, optionally of one status. */
export async function listDrafts(
  db: Db,
  actor: Actor,
  filter: { status?: DraftStatus | undefined } = {},
): Promise<DraftHead[]> {
  return db
    .select()
    .from(drafts)
    .where(and(eq(drafts.chambersId, actor.chambersId), filter.status ? eq(drafts.status, filter.status) : undefined))
    .orderBy(desc(drafts.updatedAt));
}
