import "server-only";
import type { Actor } from "@/server/auth/actor";
import type { Db } from "@/server/db/types";
import { changeStatus, type ChangeStatusResult } from "./change-status";

/** Sends a draft to the judge (from drafting or returned); any member. */
export function submitForReview(db: Db, actor: Actor, draftId: string): Promise<ChangeStatusResult> {
  return changeStatus(db, actor, draftId, "submit");
}
