import { notFound, redirect } from "next/navigation";
import { requireActor } from "@/server/auth/require-actor";
import { findDraft } from "@/server/drafts";
import { isLocked } from "@/lib/workflow/status-rules";

/** A draft's address: the wizard while it is being drafted, the review page once submitted. */
export default async function DraftPage({ params }: PageProps<"/drafts/[draftId]">) {
  const { draftId } = await params;
  const { actor, db } = await requireActor(`/drafts/${draftId}`);
  const draft = await findDraft(db, actor, draftId);
  if (!draft) notFound();
  redirect(isLocked(draft.status) ? `/drafts/${draftId}/review` : `/drafts/${draftId}/court`);
}
