import "server-only";
import { emptyDraft } from "@/lib/motion/empty-draft";
import type { MotionDraft } from "@/lib/motion/schema";
import type { Actor } from "@/server/auth/actor";
import { getChambersStyle } from "@/server/chambers/chambers-style";
import { drafts, draftVersions } from "@/server/db/schema";
import type { Db } from "@/server/db/types";
import { ok, type Failure, type Issue, type Result } from "@/server/errors";
import { draftTitle } from "./draft-title";
import { recordAudit } from "./record-audit";
import { toDraftVersion } from "./to-draft-version";
import type { DraftHead, DraftVersion } from "@/lib/workflow/records";
import { validateDraftData } from "./validate-draft-data";

/**
 * Creates a draft in the actor's chambers with revision 1 (`data`, or an empty draft). A draft
 * that brings no style of its own starts from the chambers' style.
 */
export async function createDraft(
  db: Db,
  actor: Actor,
  input: { data?: unknown } = {},
): Promise<Result<{ draft: DraftHead; version: DraftVersion }, Failure<"invalid", { issues: Issue[] }>>> {
  const valid = validateDraftData(input.data ?? emptyDraft());
  if (!valid.ok) return valid;
  const chambersStyle = valid.value.styleOverrides ? {} : await getChambersStyle(db, actor.chambersId);
  const data = Object.keys(chambersStyle).length > 0 ? { ...valid.value, styleOverrides: chambersStyle } : valid.value;
  return db.transaction(async (tx) => ok(await insertDraft(tx, actor, data)));
}

/**
 * Inserts a new draft with `data` as revision 1 and its "created" audit event (`origin` says where
 * it came from, on the version's note and in the event); call it inside a transaction.
 */
export async function insertDraft(
  tx: Db,
  actor: Actor,
  data: MotionDraft,
  origin: { note?: string; detail?: Record<string, unknown> } = {},
): Promise<{ draft: DraftHead; version: DraftVersion }> {
  const [draft] = await tx
    .insert(drafts)
    .values({ chambersId: actor.chambersId, currentRevision: 1, title: draftTitle(data), createdBy: actor.userId })
    .returning();
  if (!draft) throw new Error("insert returned no row");
  const [version] = await tx
    .insert(draftVersions)
    .values({ draftId: draft.id, revision: 1, data, note: origin.note ?? null, createdBy: actor.userId })
    .returning();
  if (!version) throw new Error("insert returned no row");
  await recordAudit(tx, {
    draftId: draft.id,
    actorId: actor.userId,
    action: "created",
    detail: { revision: 1, ...origin.detail },
  });
  return { draft, version: toDraftVersion(version) };
}
