import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import type { Actor } from "@/server/auth/actor";
import { comments, drafts } from "@/server/db/schema";
import type { Db } from "@/server/db/types";
import { fail, ok, type Failure, type Result } from "@/server/errors";
import { recordAudit } from "./record-audit";
import type { Comment } from "@/lib/workflow/records";

/** Marks a comment resolved (by whom, when); resolving twice is a conflict. Other chambers' comments are not-found. */
export async function resolveComment(
  db: Db,
  actor: Actor,
  commentId: string,
): Promise<Result<Comment, Failure<"not-found"> | Failure<"conflict", { reason: "already-resolved" }>>> {
  if (!z.uuid().safeParse(commentId).success) return fail("not-found");
  return db.transaction(async (tx) => {
    const [found] = await tx
      .select({ comment: comments })
      .from(comments)
      .innerJoin(drafts, eq(drafts.id, comments.draftId))
      .where(and(eq(comments.id, commentId), eq(drafts.chambersId, actor.chambersId)));
    if (!found) return fail("not-found");
    const [row] = await tx
      .update(comments)
      .set({ resolvedAt: sql`now()`, resolvedBy: actor.userId })
      .where(and(eq(comments.id, commentId), isNull(comments.resolvedAt)))
      .returning();
    if (!row) return fail("conflict", { reason: "already-resolved" as const });
    await recordAudit(tx, {
      draftId: row.draftId,
      actorId: actor.userId,
      action: "resolved-comment",
      detail: { commentId },
    });
    return ok(row);
  });
}
