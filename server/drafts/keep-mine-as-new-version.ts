import "server-only";
import type { Actor } from "@/server/auth/actor";
import type { Db } from "@/server/db/types";
import type { Failure, Issue } from "@/server/errors";
import { validateDraftData } from "./validate-draft-data";
import { writeVersion, type WriteVersionResult } from "./write-version";

/**
 * The "keep mine" answer to a conflict: writes my data as a new version on top of theirs
 * (`theirsRevision`, the version the conflict showed), so both texts stay in the history.
 * If yet another save landed meanwhile, it is a conflict again.
 */
export async function keepMineAsNewVersion(
  db: Db,
  actor: Actor,
  draftId: string,
  data: unknown,
  theirsRevision: number,
): Promise<WriteVersionResult | Failure<"invalid", { issues: Issue[] }>> {
  const valid = validateDraftData(data);
  if (!valid.ok) return valid;
  return writeVersion(db, actor, {
    draftId,
    baseRevision: theirsRevision,
    data: valid.value,
    note: `Kept my changes over revision ${theirsRevision}`,
    action: "saved",
    detail: { keptMineOver: theirsRevision },
  });
}
