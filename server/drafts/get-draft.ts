import "server-only";
import type { Actor } from "@/server/auth/actor";
import type { Db } from "@/server/db/types";
import { fail, ok, type Failure, type Result } from "@/server/errors";
import { findDraft } from "./find-draft";
import { versionOf } from "./get-version";
import type { DraftHead, DraftVersion } from "@/lib/workflow/records";

/** A draft of the actor's chambers with its current version; another chambers' id is not-found. */
export async function getDraft(
  db: Db,
  actor: Actor,
  draftId: string,
): Promise<Result<{ draft: DraftHead; version: DraftVersion }, Failure<"not-found">>> {
  const draft = await findDraft(db, actor, draftId);
  if (!draft) return fail("not-found");
  const version = await versionOf(db, draft, draft.currentRevision);
  if (!version.ok) return version;
  return ok({ draft, version: version.value });
}
