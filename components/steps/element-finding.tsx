"use client";

import type { ElementId } from "@/lib/standards";
import { ELEMENT_STATUS_WORDS } from "@/components/review/finding-words";
import { useFindings } from "@/components/wizard/use-findings";

/** The element's finding as answered so far, updated as the clerk answers. */
export function ElementFinding({ element }: { element: ElementId }) {
  const findings = useFindings();
  const finding = findings?.certification.elements.find((e) => e.element === element);
  if (!finding) return null;
  const tone = finding.status === "met" ? "text-ok" : finding.status === "not-met" ? "text-danger" : "text-muted";
  return (
    <p className="rounded border border-line bg-paper px-3 py-2 text-sm" role="status" aria-live="polite">
      Finding on these answers: <span className={`font-semibold ${tone}`}>{ELEMENT_STATUS_WORDS[finding.status]}</span>
      {finding.status === "not-reached" ? " (the court stops at the first element not met; see the review step)" : ""}
    </p>
  );
}
