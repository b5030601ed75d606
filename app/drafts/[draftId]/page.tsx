import { notFound, redirect } from "next/navigation";
import { requireActor } from "@/server/auth/require-actor";
import { getDraft } from "@/server/drafts";

/** A draft's address: the wizard while it is being drafted, the review page once submitted. */
export default async function DraftPage({ params }: PageProps<"/drafts/[draftId]">) {
  const { draftId } = await params;
  const { actor, db } = await requireActor(`/drafts/${draftId}`);
  const found = await getDraft(db, actor, draftId);
  if (!found.ok) notFound();
  const status = found.value.draft.status;
  redirect(status === "in-review" || status === "approved" ? `/drafts/${draftId}/review` : `/drafts/${draftId}/court`);
}
