import type { Metadata } from "next";
import Link from "next/link";
import { NewDraftButton } from "@/components/drafts/new-draft-button";
import { StatusFilter } from "@/components/drafts/status-filter";
import { When } from "@/components/time/when";
import { statusLabel } from "@/components/drafts/draft-tabs";
import { AppHeader } from "@/components/wizard/app-header";
import { DraftListQuerySchema } from "@/lib/api/bodies";
import { currentUser } from "@/server/auth/current-user";
import { requireActor } from "@/server/auth/require-actor";
import { listDrafts } from "@/server/drafts";

export const metadata: Metadata = { title: "Drafts" };

/** The chambers' drafts, newest change first, with each one's status and a filter by status. */
export default async function DraftsPage({ searchParams }: PageProps<"/drafts">) {
  const query = DraftListQuerySchema.safeParse(await searchParams);
  const status = query.success ? query.data.status : undefined;
  const { actor, db } = await requireActor(status ? `/drafts?status=${status}` : "/drafts");
  const [all, user] = await Promise.all([listDrafts(db, actor), currentUser(db, actor)]);
  const counts: Record<string, number> = {};
  for (const draft of all) counts[draft.status] = (counts[draft.status] ?? 0) + 1;
  const shown = status ? all.filter((draft) => draft.status === status) : all;
  return (
    <div className="min-h-screen">
      <AppHeader user={user} />
      <main className="mx-auto max-w-4xl px-4 py-10">
        <div className="flex flex-wrap items-end justify-between gap-4">
          <div>
            <h1 className="font-serif text-3xl">Drafts</h1>
            <p className="mt-1 text-muted">
              Orders on motions to certify an order for interlocutory appeal under 28 U.S.C. § 1292(b).
            </p>
          </div>
          <NewDraftButton />
        </div>
        <StatusFilter current={status} counts={counts} />
        {shown.length === 0 ? (
          <p className="mt-6 rounded border border-dashed border-slate-400 bg-white p-6 text-muted">
            {status
              ? `No drafts are ${statusLabel(status).toLowerCase()}.`
              : "No drafts yet. Choose New draft to start one."}
          </p>
        ) : (
          <ul className="mt-6 divide-y divide-line rounded-lg border border-line bg-white" aria-label="Drafts">
            {shown.map((draft) => (
              <li key={draft.id} className="flex flex-wrap items-center justify-between gap-4 p-4">
                <div className="min-w-0">
                  <Link
                    href={`/drafts/${draft.id}`}
                    className="font-serif text-lg text-seal underline-offset-2 hover:underline"
                  >
                    {draft.title}
                  </Link>
                  <p className="text-sm text-muted">
                    Revision {draft.currentRevision} · changed <When at={draft.updatedAt} />
                  </p>
                </div>
                <span className="rounded bg-slate-100 px-2 py-1 text-sm">{statusLabel(draft.status)}</span>
              </li>
            ))}
          </ul>
        )}
      </main>
    </div>
  );
}
