import "server-only";
import type { Actor } from "@/server/auth/actor";
import type { Db } from "@/server/db/types";
import { changeStatus, type ChangeStatusResult } from "./change-status";

/** The judge approves a draft in review; anyone else gets forbidden-role. */
export function approveDraft(db: Db, actor: Actor, draftId: string): Promise<ChangeStatusResult> {
  return changeStatus(db, actor, draftId, "approve");
}
