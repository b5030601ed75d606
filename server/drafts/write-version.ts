import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { MotionDraft } from "@/lib/motion/schema";
import type { Actor } from "@/server/auth/actor";
import type { AuditAction } from "@/lib/workflow/schema";
import { drafts, draftVersions } from "@/server/db/schema";
import type { Db } from "@/server/db/types";
import { fail, ok, type Failure, type Result } from "@/server/errors";
import { draftTitle } from "./draft-title";
import { findDraft } from "./find-draft";
import { recordAudit } from "./record-audit";
import { EDITABLE_STATUSES } from "@/lib/workflow/status-rules";
import { toDraftVersion } from "./to-draft-version";
import type { DraftHead, DraftVersion } from "@/lib/workflow/records";

/** A save lost the race: `theirs` is the latest version, and nothing was written. */
export type StaleConflict = Failure<"conflict", { reason: "stale-revision"; theirs: DraftVersion }>;
/** The draft is in review or approved, so it takes no new versions. */
export type LockedConflict = Failure<"conflict", { reason: "locked"; status: DraftHead["status"] }>;

/** The result of anything that writes a version. */
export type WriteVersionResult = Result<
  { draft: DraftHead; version: DraftVersion },
  Failure<"not-found"> | StaleConflict | LockedConflict
>;

/**
 * Writes `data` as revision base+1 if the draft's current revision is still `baseRevision`
 * (compare-and-set in one UPDATE, so two sessions can never both win), with its audit event,
 * all in one transaction. A returned draft goes back to "drafting" when saved.
 */
export async function writeVersion(
  db: Db,
  actor: Actor,
  input: {
    draftId: string;
    baseRevision: number;
    data: MotionDraft;
    note?: string;
    action: AuditAction;
    detail?: Record<string, unknown>;
  },
): Promise<WriteVersionResult> {
  return db.transaction(async (tx) => {
    const head = await findDraft(tx, actor, input.draftId);
    if (!head) return fail("not-found");
    if (!EDITABLE_STATUSES.includes(head.status))
      return fail("conflict", { reason: "locked" as const, status: head.status });
    const next = input.baseRevision + 1;
    // Compare-and-set on the revision and on an editable status: a submit or approval that commits
    // between the read above and this update (PostgreSQL re-checks the row it waited for) wins.
    const [updated] = await tx
      .update(drafts)
      .set({ currentRevision: next, status: "drafting", title: draftTitle(input.data), updatedAt: sql`now()` })
      .where(
        and(
          eq(drafts.id, head.id),
          eq(drafts.currentRevision, input.baseRevision),
          inArray(drafts.status, [...EDITABLE_STATUSES]),
        ),
      )
      .returning();
    if (!updated) {
      const now = (await findDraft(tx, actor, input.draftId)) ?? head;
      if (!EDITABLE_STATUSES.includes(now.status))
        return fail("conflict", { reason: "locked" as const, status: now.status });
      const [theirs] = await tx
        .select()
        .from(draftVersions)
        .where(and(eq(draftVersions.draftId, now.id), eq(draftVersions.revision, now.currentRevision)));
      if (!theirs) throw new Error(`Draft ${now.id} has no version ${now.currentRevision}`);
      return fail("conflict", { reason: "stale-revision" as const, theirs: toDraftVersion(theirs) });
    }
    const [row] = await tx
      .insert(draftVersions)
      .values({ draftId: head.id, revision: next, data: input.data, note: input.note ?? null, createdBy: actor.userId })
      .returning();
    if (!row) throw new Error("insert returned no row");
    await recordAudit(tx, {
      draftId: head.id,
      actorId: actor.userId,
      action: input.action,
      detail: { revision: next, ...input.detail },
    });
    return ok({ draft: updated, version: toDraftVersion(row) });
  });
}
