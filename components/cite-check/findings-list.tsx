import { FINDING_LABELS } from "@/lib/cite-check/finding-words";
import type { CheckedCitation, Finding } from "@/lib/cite-check/findings";
import { fixText } from "@/lib/cite-check/format-finding";

/** The findings, in the text's order, each linked to its highlighted citation. */
export function FindingsList({
  findings,
  citations,
}: {
  findings: readonly Finding[];
  citations: readonly CheckedCitation[];
}) {
  if (findings.length === 0) return <p className="text-ok">No findings: every citation checks out.</p>;
  const target = (finding: Finding) => citations.findIndex((c) => c.start <= finding.start && finding.end <= c.end);
  return (
    <ol className="space-y-3" aria-label="Findings">
      {findings.map((finding, i) => {
        const at = target(finding);
        return (
          <li
            key={i}
            className={`rounded border-l-4 bg-white p-3 text-sm ${finding.severity === "error" ? "border-danger" : "border-caution"}`}
          >
            <p className="font-semibold">
              <span className={finding.severity === "error" ? "text-danger" : "text-caution"}>
                {finding.severity === "error" ? "Error" : "Note"}
              </span>{" "}
              · {FINDING_LABELS[finding.kind]}
            </p>
            <p className="mt-1">
              {at >= 0 ? (
                <a href={`#citation-${at}`} className="font-serif italic text-seal underline-offset-2 hover:underline">
                  {finding.citation.replace(/\s+/g, " ")}
                </a>
              ) : (
                <span className="font-serif italic">{finding.citation.replace(/\s+/g, " ")}</span>
              )}
            </p>
            <p className="mt-1">{finding.message}</p>
            {finding.fix ? <p className="mt-1 text-muted">Fix: {fixText(finding.fix)}</p> : null}
          </li>
        );
      })}
    </ol>
  );
}
