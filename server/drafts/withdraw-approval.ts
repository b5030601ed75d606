import "server-only";
import type { Actor } from "@/server/auth/actor";
import type { Db } from "@/server/db/types";
import { changeStatus, type ChangeStatusResult } from "./change-status";

/**
 * The judge takes an approval back: to review (`in-review`, still read only) or to drafting (the
 * clerk edits again), with an optional reason; the audit trail records it as approval-withdrawn.
 */
export function withdrawApproval(
  db: Db,
  actor: Actor,
  draftId: string,
  to: "in-review" | "drafting",
  note?: string,
): Promise<ChangeStatusResult> {
  return changeStatus(db, actor, draftId, to === "in-review" ? "withdraw-approval" : "reopen", note);
}
