import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Actor } from "@/server/auth/actor";
import type { AuditAction } from "@/lib/workflow/schema";
import { drafts } from "@/server/db/schema";
import type { Db } from "@/server/db/types";
import { fail, ok, type Failure, type Result } from "@/server/errors";
import { findDraft } from "./find-draft";
import { recordAudit } from "./record-audit";
import { STATUS_RULES, type StatusAction } from "@/lib/workflow/status-rules";
import type { DraftHead } from "@/lib/workflow/records";

const AUDIT: Record<StatusAction, AuditAction> = {
  submit: "submitted",
  return: "returned",
  approve: "approved",
  "withdraw-approval": "approval-withdrawn",
  reopen: "approval-withdrawn",
};

/** Result of a status change: the draft after it, or why not. */
export type ChangeStatusResult = Result<
  DraftHead,
  | Failure<"not-found">
  | Failure<"forbidden-role">
  | Failure<"conflict", { reason: "status"; status: DraftHead["status"] }>
>;

/** Applies one status change under STATUS_RULES (role, then from-status), with its audit event. */
export async function changeStatus(
  db: Db,
  actor: Actor,
  draftId: string,
  action: StatusAction,
  note?: string,
): Promise<ChangeStatusResult> {
  const rule = STATUS_RULES[action];
  return db.transaction(async (tx) => {
    const head = await findDraft(tx, actor, draftId);
    if (!head) return fail("not-found");
    if (!rule.roles.includes(actor.role)) return fail("forbidden-role");
    if (!rule.from.includes(head.status)) return fail("conflict", { reason: "status" as const, status: head.status });
    const [updated] = await tx
      .update(drafts)
      .set({ status: rule.to, updatedAt: sql`now()` })
      .where(and(eq(drafts.id, head.id), eq(drafts.status, head.status)))
      .returning();
    // Someone changed the status between our read and this update. (A save that landed meanwhile
    // left the status editable: what is submitted is the revision the update saw.)
    if (!updated) return fail("conflict", { reason: "status" as const, status: head.status });
    await recordAudit(tx, {
      draftId: head.id,
      actorId: actor.userId,
      action: AUDIT[action],
      detail: { from: head.status, to: rule.to, revision: updated.currentRevision, ...(note ? { note } : {}) },
    });
    return ok(updated);
  });
}
