import "server-only";
import { toDraftIssues } from "@/lib/motion/parse-draft";
import type { Actor } from "@/server/auth/actor";
import { CommentInputSchema } from "@/lib/workflow/comment-input";
import { comments } from "@/server/db/schema";
import type { Db } from "@/server/db/types";
import { fail, ok, type Failure, type Issue, type Result } from "@/server/errors";
import { findDraft } from "./find-draft";
import { recordAudit } from "./record-audit";
import type { Comment } from "@/lib/workflow/records";

/** Adds a review comment to a revision of a draft, with its audit event. */
export async function addComment(
  db: Db,
  actor: Actor,
  draftId: string,
  input: unknown,
): Promise<Result<Comment, Failure<"not-found"> | Failure<"invalid", { issues: Issue[] }>>> {
  const parsed = CommentInputSchema.safeParse(input);
  if (!parsed.success) return fail("invalid", { issues: toDraftIssues(parsed.error) });
  return db.transaction(async (tx) => {
    const head = await findDraft(tx, actor, draftId);
    if (!head) return fail("not-found");
    const revision = parsed.data.revision ?? head.currentRevision;
    if (revision > head.currentRevision) {
      return fail("invalid", { issues: [{ path: "revision", message: `No revision ${revision} yet` }] });
    }
    const [row] = await tx
      .insert(comments)
      .values({
        draftId: head.id,
        revision,
        anchor: parsed.data.anchor,
        body: parsed.data.body,
        authorId: actor.userId,
      })
      .returning();
    if (!row) throw new Error("insert returned no row");
    await recordAudit(tx, {
      draftId: head.id,
      actorId: actor.userId,
      action: "commented",
      detail: { commentId: row.id, revision },
    });
    return ok(row);
  });
}
