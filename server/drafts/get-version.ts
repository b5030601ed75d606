import "server-only";
import { and, eq } from "drizzle-orm";
import type { Actor } from "@/server/auth/actor";
import { draftVersions } from "@/server/db/schema";
import type { Db } from "@/server/db/types";
import { fail, ok, type Failure, type Result } from "@/server/errors";
import { findDraft } from "./find-draft";
import { toDraftVersion } from "./to-draft-version";
import type { DraftHead, DraftVersion } from "@/lib/workflow/records";

/** One revision of a draft of the actor's chambers, its data parsed with MotionDraftSchema. */
export async function getVersion(
  db: Db,
  actor: Actor,
  draftId: string,
  revision: number,
): Promise<Result<DraftVersion, Failure<"not-found">>> {
  const draft = await findDraft(db, actor, draftId);
  return draft ? versionOf(db, draft, revision) : fail("not-found");
}

/** One revision of a draft already found in the actor's chambers (one query instead of two). */
export async function versionOf(
  db: Db,
  draft: DraftHead,
  revision: number,
): Promise<Result<DraftVersion, Failure<"not-found">>> {
  if (!Number.isInteger(revision)) return fail("not-found");
  const [row] = await db
    .select()
    .from(draftVersions)
    .where(and(eq(draftVersions.draftId, draft.id), eq(draftVersions.revision, revision)));
  return row ? ok(toDraftVersion(row)) : fail("not-found");
}
