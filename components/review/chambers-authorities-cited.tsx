import type { ChambersAuthorityRecord } from "@/lib/chambers-library/schema";

/** For the judge: the chambers' own authorities the draft cites, and who in the chambers verified each, when and where. */
export function ChambersAuthoritiesCited({ records }: { records: readonly ChambersAuthorityRecord[] }) {
  if (records.length === 0) return null;
  return (
    <section aria-labelledby="chambers-cited-title" className="rounded-lg border border-line bg-white p-4">
      <h2 id="chambers-cited-title" className="text-lg font-semibold">
        Chambers authorities cited
      </h2>
      <p className="mt-1 text-sm text-muted">Not in the built-in library: verified in these chambers.</p>
      <ul className="mt-2 space-y-2 text-sm">
        {records.map((record) => (
          <li key={record.id}>
            <span className="font-serif italic">{record.input.name}</span>, {record.input.volume}{" "}
            {record.input.reporter} {record.input.firstPage}: verified by {record.verifiedBy} on{" "}
            {record.input.verifiedOn} at{" "}
            <a href={record.input.sourceUrl} className="break-all text-seal underline" rel="noreferrer">
              {record.input.sourceUrl}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
