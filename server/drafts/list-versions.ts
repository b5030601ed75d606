import "server-only";
import { desc, eq } from "drizzle-orm";
import type { Actor } from "@/server/auth/actor";
import { draftVersions } from "@/server/db/schema";
import type { Db } from "@/server/db/types";
import { fail, ok, type Failure, type Result } from "@/server/errors";
import { findDraft } from "./find-draft";
import type { DraftVersionSummary } from "./types";

/** A draft's history, newest first: who saved each revision, when, and any note. */
export async function listVersions(
  db: Db,
  actor: Actor,
  draftId: string,
): Promise<Result<DraftVersionSummary[], Failure<"not-found">>> {
  const draft = await findDraft(db, actor, draftId);
  if (!draft) return fail("not-found");
  const rows = await db
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
  return ok(rows);
}
