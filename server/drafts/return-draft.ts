import "server-only";
import type { Actor } from "@/server/auth/actor";
import type { Db } from "@/server/db/types";
import { changeStatus, type ChangeStatusResult } from "./change-status";

/** The judge returns a draft in review to the clerk, with a note; anyone else gets forbidden-role. */
export function returnDraft(db: Db, actor: Actor, draftId: string, note: string): Promise<ChangeStatusResult> {
  return changeStatus(db, actor, draftId, "return", note.trim().slice(0, 5000));
}
