import type { Metadata } from "next";
import { DraftPageFrame } from "@/components/drafts/draft-page-frame";
import { When } from "@/components/time/when";
import { auditEventsOf } from "@/server/drafts";
import { loadDraftPage } from "../draft-page";
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
  const { db, draft, user, names } = await loadDraftPage(draftId, "activity");
  const rows = (await auditEventsOf(db, draft)).slice().reverse();
  return (
    <DraftPageFrame user={user} draft={draft} current="activity">
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
              <When at={event.at} precise className="text-sm text-muted" />
            </li>
          ))}
        </ol>
      </main>
    </DraftPageFrame>
  );
}
