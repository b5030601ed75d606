import "server-only";
import type { Actor } from "@/server/auth/actor";
import type { Db } from "@/server/db/types";
import { fail } from "@/server/errors";
import { findDraft } from "./find-draft";
import { versionOf } from "./get-version";
import { writeVersion, type WriteVersionResult } from "./write-version";

/** Restores an earlier revision by writing its data as a new version (history is never rewritten). */
export async function restoreVersion(
  db: Db,
  actor: Actor,
  draftId: string,
  revision: number,
): Promise<WriteVersionResult> {
  const draft = await findDraft(db, actor, draftId);
  if (!draft) return fail("not-found");
  const old = await versionOf(db, draft, revision);
  if (!old.ok) return old;
  return writeVersion(db, actor, {
    draftId,
    baseRevision: draft.currentRevision,
    data: old.value.data,
    note: `Restored revision ${revision}`,
    action: "restored",
    detail: { fromRevision: revision },
  });
}
