import "server-only";
import type { Actor } from "@/server/auth/actor";
import type { Db } from "@/server/db/types";
import { fail, ok, type Failure, type Result } from "@/server/errors";
import { insertDraft } from "./create-draft";
import { findDraft } from "./find-draft";
import { versionOf } from "./get-version";
import { recordAudit } from "./record-audit";
import type { DraftHead, DraftVersion } from "@/lib/workflow/records";

/**
 * Copies a draft of the actor's chambers, whatever its status, as a new draft in drafting: its
 * first version holds the source's current answers. Both audit trails record the copy.
 */
export async function duplicateDraft(
  db: Db,
  actor: Actor,
  sourceId: string,
): Promise<Result<{ draft: DraftHead; version: DraftVersion }, Failure<"not-found">>> {
  return db.transaction(async (tx) => {
    const source = await findDraft(tx, actor, sourceId);
    if (!source) return fail("not-found");
    const current = await versionOf(tx, source, source.currentRevision);
    if (!current.ok) return current;
    const revision = source.currentRevision;
    const copy = await insertDraft(tx, actor, current.value.data, {
      note: `Copied from revision ${revision} of “${source.title}”`,
      detail: { duplicatedFrom: source.id, fromRevision: revision },
    });
    await recordAudit(tx, {
      draftId: source.id,
      actorId: actor.userId,
      action: "duplicated",
      detail: { revision, into: copy.draft.id },
    });
    return ok(copy);
  });
}
