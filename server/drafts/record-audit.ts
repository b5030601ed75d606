import "server-only";
import { sql } from "drizzle-orm";
import type { AuditAction } from "@/lib/workflow/schema";
import { auditEvents } from "@/server/db/schema";
import type { Db } from "@/server/db/types";

/**
 * Writes one audit event; call it inside the transaction that makes the change. Its time is the
 * moment of writing, not the transaction's start (`now()`): two changes to one draft are
 * serialized by the draft row's lock, so the trail lists them in the order they took effect.
 */
export async function recordAudit(
  tx: Db,
  event: { draftId: string; actorId: string; action: AuditAction; detail?: Record<string, unknown> },
): Promise<void> {
  await tx.insert(auditEvents).values({ ...event, detail: event.detail ?? {}, at: sql`clock_timestamp()` });
}
