import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Actor } from "@/server/auth/actor";
import { drafts } from "@/server/db/schema";
import type { Db } from "@/server/db/types";
import type { DraftHead } from "@/lib/workflow/records";

const isUuid = (id: string) => z.uuid().safeParse(id).success;

/** The draft if it exists in the actor's chambers; null otherwise (another chambers' draft looks absent). */
export async function findDraft(db: Db, actor: Actor, draftId: string): Promise<DraftHead | null> {
  if (!isUuid(draftId)) return null;
  const [row] = await db
    .select()
    .from(drafts)
    .where(and(eq(drafts.id, draftId), eq(drafts.chambersId, actor.chambersId)))
    .limit(1);
  return row ?? null;
}
