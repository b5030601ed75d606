import "server-only";
import type { AuditAction } from "@/lib/workflow/schema";
import { auditEvents } from "@/server/db/schema";
import type { Db } from "@/server/db/types";

/** Writes one audit event; call it inside the transaction that makes the change. */
export async function recordAudit(
  tx: Db,
  event: { draftId: string; actorId: string; action: AuditAction; detail?: Record<string, unknown> },
): Promise<void> {
  await tx.insert(auditEvents).values({ ...event, detail: event.detail ?? {} });
}
