import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import type { DraftTabId } from "@/components/drafts/draft-tabs";
import { currentUser } from "@/server/auth/current-user";
import { getActor } from "@/server/auth/get-actor";
import { getAuth } from "@/server/auth/get-auth";
import { requireActor } from "@/server/auth/require-actor";
import { memberNames } from "@/server/chambers/member-names";
import { getDb } from "@/server/db/client";
import { findDraft } from "@/server/drafts";

/**
 * The signed-in member and their chambers' draft, looked up once per request: the (record) layout
 * and the page both ask (React's cache scopes it to the request).
 */
const chambersDraft = cache(async (draftId: string) => {
  const requestHeaders = await headers();
  const [db, auth] = await Promise.all([getDb(), getAuth()]);
  const actor = await getActor(requestHeaders, { db, auth });
  const draft = actor ? await findDraft(db, actor, draftId) : null;
  return { db, actor, draft };
});

/**
 * What every page of a draft's record (review, versions, activity) starts from: the signed-in
 * member, the draft of their chambers (any other id is 404), and the members' names for bylines.
 */
export async function loadDraftPage(draftId: string, tab: Exclude<DraftTabId, "edit">) {
  const found = await chambersDraft(draftId);
  // Signed out (or a first run): requireActor sends them to sign in, back to this tab, or to setup.
  const { actor, db } = found.actor
    ? { actor: found.actor, db: found.db }
    : await requireActor(`/drafts/${draftId}/${tab}`);
  const draft = found.draft;
  if (!draft) notFound();
  const [user, names] = await Promise.all([currentUser(db, actor), memberNames(db, actor.chambersId)]);
  return { actor, db, draft, user, names, tab };
}

export type DraftPage = Awaited<ReturnType<typeof loadDraftPage>>;

/**
 * Whether the signed-in member's chambers has this draft (undefined when no one is signed in: the
 * page then sends them to sign in, back to its own tab). The (record) layout asks, above loading.tsx.
 */
export async function isChambersDraft(draftId: string): Promise<boolean | undefined> {
  const { actor, draft } = await chambersDraft(draftId);
  return actor ? draft !== null : undefined;
}
