import { notFound } from "next/navigation";
import { WizardShell } from "@/components/wizard/wizard-shell";
import { currentUser } from "@/server/auth/current-user";
import { requireActor } from "@/server/auth/require-actor";
import { getDraft } from "@/server/drafts";

/** The wizard: the draft of the signed-in member's chambers (any other id is 404), at its current version. */
export default async function EditLayout({ children, params }: LayoutProps<"/drafts/[draftId]">) {
  const { draftId } = await params;
  const { actor, db } = await requireActor(`/drafts/${draftId}/court`);
  const found = await getDraft(db, actor, draftId);
  if (!found.ok) notFound();
  const { draft, version } = found.value;
  const initial = {
    revision: draft.currentRevision,
    status: draft.status,
    data: version.data,
    savedAt: version.createdAt.toISOString(),
    savedBy: version.createdBy,
    userId: actor.userId,
  };
  return (
    <WizardShell draftId={draftId} initial={initial} user={await currentUser(db, actor)} title={draft.title}>
      {children}
    </WizardShell>
  );
}
