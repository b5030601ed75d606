import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DraftTabs } from "@/components/drafts/draft-tabs";
import { AppHeader } from "@/components/wizard/app-header";
import { currentUser } from "@/server/auth/current-user";
import { requireActor } from "@/server/auth/require-actor";
import { memberNames } from "@/server/chambers/member-names";
import { auditEventsOf, findDraft } from "@/server/drafts";
import type { AuditEvent } from "@/lib/workflow/records";
import { printableText } from "@/lib/order/printable-text";

export const metadata: Metadata = { title: "Activity" };

/** One audit event in words ("saved revision 4", "returned it for changes: …"). */
function describe(event: AuditEvent): string {
  const revision = typeof event.detail.revision === "number" ? ` revision ${event.detail.revision}` : "";
  switch (event.action) {
    case "created":
      return typeof event.detail.fromRevision === "number"
        ? `created the draft as a copy of revision ${event.detail.fromRevision} of another draft`
        : "created the draft";
    case "saved":
      return typeof event.detail.keptMineOver === "number"
        ? `saved${revision} over revision ${event.detail.keptMineOver}, keeping their own changes after a conflict`
        : `saved${revision}`;
    case "submitted":
      return `submitted${revision} for review`;
    case "commented":
      return `commented on${revision}`;
    case "resolved-comment":
      return "resolved a comment";
    case "returned":
      return `returned it for changes${typeof event.detail.note === "string" ? `: “${printableText(event.detail.note)}”` : ""}`;
    case "approved":
      return `approved${revision}`;
    case "restored":
      return `restored revision ${String(event.detail.fromRevision)} as${revision}`;
    case "approval-withdrawn":
      return `withdrew the approval of${revision}, back to ${event.detail.to === "drafting" ? "drafting" : "review"}${typeof event.detail.note === "string" ? `: “${printableText(event.detail.note)}”` : ""}`;
    case "duplicated":
      return `duplicated${revision} as a new draft`;
  }
}

/** The audit trail: who did what to the draft, and when, newest first. */
export default async function ActivityPage({ params }: PageProps<"/drafts/[draftId]/activity">) {
  const { draftId } = await params;
  const { actor, db } = await requireActor(`/drafts/${draftId}/activity`);
  const draft = await findDraft(db, actor, draftId);
  if (!draft) notFound();
  const [user, names, events] = await Promise.all([
    currentUser(db, actor),
    memberNames(db, actor.chambersId),
    auditEventsOf(db, draft),
  ]);
  const rows = events.slice().reverse();
  return (
    <div className="min-h-screen">
      <AppHeader user={user} />
      <DraftTabs draftId={draftId} current="activity" title={draft.title} status={draft.status} />
      <main className="mx-auto max-w-3xl px-4 py-8">
        <h1 className="font-serif text-2xl">Activity</h1>
        <ol
          className="mt-4 divide-y divide-line rounded-lg border border-line bg-white"
          aria-label="Audit trail, newest first"
        >
          {rows.map((event) => (
            <li key={event.id} className="flex flex-wrap justify-between gap-2 p-3">
              <span>
                <strong>{names.get(event.actorId) ?? "A former member"}</strong> {describe(event)}
              </span>
              <time dateTime={event.at.toISOString()} className="text-sm text-muted">
                {event.at.toLocaleString("en-US", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" })} UTC
              </time>
            </li>
          ))}
        </ol>
      </main>
    </div>
  );
}
