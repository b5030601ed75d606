import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Actor } from "@/server/auth/actor";
import { comments } from "@/server/db/schema";
import type { Db } from "@/server/db/types";
import { fail, ok, type Failure, type Result } from "@/server/errors";
import { findDraft } from "./find-draft";
import type { Comment, DraftHead } from "@/lib/workflow/records";

/** A draft's comments, oldest first, resolved ones included (the UI filters). */
export async function listComments(
  db: Db,
  actor: Actor,
  draftId: string,
): Promise<Result<Comment[], Failure<"not-found">>> {
  const draft = await findDraft(db, actor, draftId);
  return draft ? ok(await commentsOf(db, draft)) : fail("not-found");
}

/** The comments of a draft already found in the actor's chambers. */
export function commentsOf(db: Db, draft: DraftHead): Promise<Comment[]> {
  return db
    .select()
    .from(comments)
    .where(eq(comments.draftId, draft.id))
    .orderBy(asc(comments.createdAt), asc(comments.id));
}
