import type { Metadata } from "next";
import { AddAuthorityForm } from "@/components/library/add-authority-form";
import { AppHeader } from "@/components/wizard/app-header";
import { listAuthorities } from "@/lib/authorities";
import { currentUser } from "@/server/auth/current-user";
import { requireActor } from "@/server/auth/require-actor";
import { listChambersAuthorities } from "@/server/cite-check/chambers-authorities";

export const metadata: Metadata = { title: "Library" };

/** The chambers' own authorities, each with who verified it, where and when; and the form to add one. */
export default async function LibraryPage() {
  const { actor, db } = await requireActor("/library");
  const [user, own] = await Promise.all([currentUser(db, actor), listChambersAuthorities(db, actor)]);
  const builtIn = listAuthorities().length;
  return (
    <div className="min-h-screen">
      <AppHeader user={user} />
      <main className="mx-auto max-w-4xl px-4 py-10">
        <h1 className="font-serif text-3xl">Library</h1>
        <p className="mt-1 text-muted">
          The built-in library holds {builtIn} verified authorities; it is read only. Cases the chambers verified itself
          are added here, with who verified each, where and when; the cite-check and the wizard use them.
        </p>
        <h2 className="mt-8 text-xl font-semibold">The chambers&apos; own authorities</h2>
        {own.length === 0 ? (
          <p className="mt-3 rounded border border-dashed border-slate-400 bg-white p-4 text-muted">None yet.</p>
        ) : (
          <ul
            className="mt-3 divide-y divide-line rounded-lg border border-line bg-white"
            aria-label="Chambers authorities"
          >
            {own.map((entry) => (
              <li key={entry.id} className="p-4">
                <p className="font-serif">
                  <i>{entry.input.name}</i>, {entry.input.volume} {entry.input.reporter} {entry.input.firstPage} (
                  {[entry.input.court, entry.input.decided.slice(0, 4)].filter(Boolean).join(" ")})
                </p>
                <p className="text-sm text-muted">
                  Pages {entry.input.firstPage}-{entry.input.lastPage} · decided {entry.input.decided} · id{" "}
                  <code>{entry.id}</code>
                </p>
                <p className="text-sm">
                  Verified by {entry.verifiedBy} on {entry.input.verifiedOn} at{" "}
                  <a href={entry.input.sourceUrl} className="break-all text-seal underline" rel="noreferrer">
                    {entry.input.sourceUrl}
                  </a>
                </p>
                <ul className="mt-1 list-disc pl-5 text-sm">
                  {entry.input.propositions.map((proposition, i) => (
                    <li key={i}>
                      {proposition.statement} (at {proposition.pin}). Cite it in the wizard as{" "}
                      <code className="rounded bg-slate-100 px-1">{`[[cite ${entry.id}#p${i + 1}]]`}</code>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        )}
        <section aria-labelledby="add-heading" className="mt-10 rounded-lg border border-line bg-white p-6">
          <h2 id="add-heading" className="text-xl font-semibold">
            Add a case the library lacks
          </h2>
          <p className="mt-1 text-sm text-muted">
            Only a case you read yourself: never one from memory. You are recorded as the one who verified it.
          </p>
          <AddAuthorityForm today={new Date().toISOString().slice(0, 10)} />
        </section>
      </main>
    </div>
  );
}
