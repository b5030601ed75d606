import "server-only";
import { desc, eq } from "drizzle-orm";
import type { Actor } from "@/server/auth/actor";
import { draftVersions } from "@/server/db/schema";
import type { Db } from "@/server/db/types";
import { fail, ok, type Failure, type Result } from "@/server/errors";
import { findDraft } from "./find-draft";
import type { DraftHead, DraftVersionSummary } from "@/lib/workflow/records";

/** A draft's history, newest first: who saved each revision, when, and any note. */
export async function listVersions(
  db: Db,
  actor: Actor,
  draftId: string,
): Promise<Result<DraftVersionSummary[], Failure<"not-found">>> {
  const draft = await findDraft(db, actor, draftId);
  return draft ? ok(await versionsOf(db, draft)) : fail("not-found");
}

/** The history of a draft already found in the actor's chambers. */
export function versionsOf(db: Db, draft: DraftHead): Promise<DraftVersionSummary[]> {
  return db
    .select({
      draftId: draftVersions.draftId,
      revision: draftVersions.revision,
      note: draftVersions.note,
      createdBy: draftVersions.createdBy,
      createdAt: draftVersions.createdAt,
    })
    .from(draftVersions)
    .where(eq(draftVersions.draftId, draft.id))
    .orderBy(desc(draftVersions.revision));
}
