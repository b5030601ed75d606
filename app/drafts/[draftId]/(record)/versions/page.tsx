import type { Metadata } from "next";
import { DraftPageFrame } from "@/components/drafts/draft-page-frame";
import { When } from "@/components/time/when";
import { RedlineView } from "@/components/versions/redline-view";
import { RestoreButton } from "@/components/versions/restore-button";
import { VersionDownload } from "@/components/versions/version-download";
import { RevisionParamSchema } from "@/lib/api/bodies";
import { versionOf, versionsOf } from "@/server/drafts";
import { redlineOf } from "@/server/drafts/redline-cache";
import { isLocked } from "@/lib/workflow/status-rules";
import { loadDraftPage } from "../draft-page";

export const metadata: Metadata = { title: "Versions" };

/** Every saved version; the difference between any two as a redline of the order; restore; Word files. */
export default async function VersionsPage({ params, searchParams }: PageProps<"/drafts/[draftId]/versions">) {
  const { draftId } = await params;
  const query = await searchParams;
  const { db, draft, user, names } = await loadDraftPage(draftId, "versions");
  const list = await versionsOf(db, draft);
  const latest = draft.currentRevision;
  const to = RevisionParamSchema.safeParse(query.to).data ?? latest;
  const from = RevisionParamSchema.safeParse(query.from).data ?? Math.max(1, to - 1);
  const [before, after] = await Promise.all([versionOf(db, draft, from), versionOf(db, draft, to)]);
  const redline = before.ok && after.ok ? redlineOf(before.value, after.value) : undefined;
  const isReadOnly = isLocked(draft.status);

  return (
    <DraftPageFrame user={user} draft={draft} current="versions">
      <main className="mx-auto grid max-w-6xl gap-8 px-4 py-8">
        <h1 className="font-serif text-2xl">Versions</h1>
        <section aria-labelledby="history-title">
          <h2 id="history-title" className="text-lg font-semibold">
            History
          </h2>
          <table className="mt-3 w-full border-collapse rounded-lg bg-white text-sm">
            <thead>
              <tr className="border-b border-line text-left">
                <th scope="col" className="p-2">
                  Revision
                </th>
                <th scope="col" className="p-2">
                  Saved by
                </th>
                <th scope="col" className="p-2">
                  When
                </th>
                <th scope="col" className="p-2">
                  Note
                </th>
                <th scope="col" className="p-2">
                  Word
                </th>
                <th scope="col" className="p-2">
                  Restore
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((version) => (
                <tr key={version.revision} className="border-b border-line">
                  <th scope="row" className="p-2 text-left font-medium">
                    {version.revision}
                    {version.revision === latest ? " (current)" : ""}
                  </th>
                  <td className="p-2">{names.get(version.createdBy) ?? "A former member"}</td>
                  <td className="p-2">
                    <When at={version.createdAt} />
                  </td>
                  <td className="p-2">{version.note ?? ""}</td>
                  <td className="p-2">
                    <VersionDownload draftId={draftId} revision={version.revision} />
                  </td>
                  <td className="p-2">
                    {version.revision === latest || isReadOnly ? null : (
                      <RestoreButton draftId={draftId} revision={version.revision} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section aria-labelledby="compare-title">
          <h2 id="compare-title" className="text-lg font-semibold">
            Compare two versions
          </h2>
          <form method="get" className="mt-3 flex flex-wrap items-end gap-3">
            <RevisionSelect name="from" label="From revision" value={from} revisions={list.map((v) => v.revision)} />
            <RevisionSelect name="to" label="To revision" value={to} revisions={list.map((v) => v.revision)} />
            <button
              type="submit"
              className="rounded border border-slate-400 bg-white px-4 py-1.5 text-seal hover:bg-slate-50"
            >
              Compare
            </button>
            {redline ? (
              <a
                href={`/api/drafts/${draftId}/redline?from=${from}&to=${to}`}
                className="rounded border border-slate-400 bg-white px-4 py-1.5 text-seal hover:bg-slate-50"
              >
                Download redline (.docx, tracked changes)
              </a>
            ) : null}
          </form>
          <div className="mt-4">
            {redline ? (
              <RedlineView redline={redline} title={`Changes from revision ${from} to revision ${to}`} />
            ) : (
              <p className="text-muted">
                One of these versions cannot be drafted into an order yet, so there is no redline to show.
              </p>
            )}
          </div>
        </section>
      </main>
    </DraftPageFrame>
  );
}

/** One end of the comparison: a revision picked from the draft's history. */
function RevisionSelect({
  name,
  label,
  value,
  revisions,
}: {
  name: string;
  label: string;
  value: number;
  revisions: number[];
}) {
  return (
    <label className="grid text-sm">
      <span className="font-medium">{label}</span>
      <select name={name} defaultValue={value} className="mt-1 rounded border border-slate-400 bg-white px-2 py-1.5">
        {revisions.map((revision) => (
          <option key={revision} value={revision}>
            {revision}
          </option>
        ))}
      </select>
    </label>
  );
}
