import type { ReactNode } from "react";
import type { CheckedCitation } from "@/lib/cite-check/findings";

const MARK_CLASS: Record<CheckedCitation["status"], string> = {
  error: "bg-red-100 underline decoration-danger decoration-2",
  note: "bg-amber-100",
  ok: "bg-emerald-50",
};

const STATUS_WORDS: Record<CheckedCitation["status"], string> = {
  error: "citation with an error",
  note: "citation with a note",
  ok: "citation checked",
};

/** The checked text with each citation highlighted by its worst finding; each highlight is a target of the findings list. */
export function HighlightedText({ text, citations }: { text: string; citations: readonly CheckedCitation[] }) {
  const parts: ReactNode[] = [];
  let at = 0;
  citations.forEach((citation, index) => {
    if (citation.start < at) return;
    parts.push(text.slice(at, citation.start));
    parts.push(
      <mark
        key={index}
        id={`citation-${index}`}
        data-status={citation.status}
        title={STATUS_WORDS[citation.status]}
        className={`rounded-sm text-ink ${MARK_CLASS[citation.status]}`}
      >
        {text.slice(citation.start, citation.end)}
      </mark>,
    );
    at = citation.end;
  });
  parts.push(text.slice(at));
  return (
    <div
      className="whitespace-pre-wrap break-words rounded border border-line bg-white p-4 font-serif text-sm leading-6"
      aria-label="Checked text"
      role="region"
    >
      {parts}
    </div>
  );
}
