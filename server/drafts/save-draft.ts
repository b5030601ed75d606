import "server-only";
import type { Actor } from "@/server/auth/actor";
import type { Db } from "@/server/db/types";
import type { Failure, Issue } from "@/server/errors";
import { validateDraftData } from "./validate-draft-data";
import { writeVersion, type WriteVersionResult } from "./write-version";

/**
 * Saves `data` as a new version on top of `baseRevision` (the revision the editor loaded).
 * If someone saved since, answers `{ code: "conflict", reason: "stale-revision", theirs }` and writes nothing.
 */
export async function saveDraft(
  db: Db,
  actor: Actor,
  draftId: string,
  baseRevision: number,
  data: unknown,
  note?: string,
): Promise<WriteVersionResult | Failure<"invalid", { issues: Issue[] }>> {
  const valid = validateDraftData(data);
  if (!valid.ok) return valid;
  return writeVersion(db, actor, {
    draftId,
    baseRevision,
    data: valid.value,
    action: "saved",
    ...(note ? { note } : {}),
  });
}
