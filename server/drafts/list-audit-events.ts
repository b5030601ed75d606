import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Actor } from "@/server/auth/actor";
import { auditEvents } from "@/server/db/schema";
import type { Db } from "@/server/db/types";
import { fail, ok, type Failure, type Result } from "@/server/errors";
import { findDraft } from "./find-draft";
import type { AuditEvent, DraftHead } from "@/lib/workflow/records";

/** A draft's audit trail, oldest first. */
export async function listAuditEvents(
  db: Db,
  actor: Actor,
  draftId: string,
): Promise<Result<AuditEvent[], Failure<"not-found">>> {
  const draft = await findDraft(db, actor, draftId);
  return draft ? ok(await auditEventsOf(db, draft)) : fail("not-found");
}

/** The audit trail of a draft already found in the actor's chambers. */
export function auditEventsOf(db: Db, draft: DraftHead): Promise<AuditEvent[]> {
  return db
    .select()
    .from(auditEvents)
    .where(eq(auditEvents.draftId, draft.id))
    .orderBy(asc(auditEvents.at), asc(auditEvents.id));
}
