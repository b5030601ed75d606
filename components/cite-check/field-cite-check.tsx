"use client";

import { useEffect, useState } from "react";
import { useWatch } from "react-hook-form";
import { callApi } from "@/components/api/api-client";
import { API } from "@/lib/api/endpoints";
import { FINDING_LABELS } from "@/lib/cite-check/finding-words";
import type { CiteCheckResult } from "@/lib/cite-check/findings";
import { fixText } from "@/lib/cite-check/format-finding";

/** Text worth sending: something that looks like a citation (a reporter, a section, a rule, a Westlaw number, Id.). */
const MAY_CITE = /\d\s+(?:[A-Z][A-Za-z]{0,6}\.|WL\b)|\b[Ii]d\.|§|Fed\.\s?R\.|Federal Rule of/;
const WAIT_MS = 800;

/**
 * The cite-check of one clerk-text field of the wizard: what the clerk typed there, checked as a
 * passage of the order (a short form or an Id. may follow a citation elsewhere), shown under the
 * field once typing pauses. Silent while offline or when the field cites nothing.
 */
export function FieldCiteCheck({ name }: { name: string }) {
  const value = useWatch({ name }) as unknown;
  const text = typeof value === "string" ? value : "";
  // The answer for the text it was asked about: a stale one (the text changed since) is not shown.
  const [checked, setChecked] = useState<{ text: string; result: CiteCheckResult } | undefined>();

  useEffect(() => {
    if (!MAY_CITE.test(text)) return;
    let current = true;
    const timer = setTimeout(async () => {
      const answer = await callApi(API.citeCheck(), { text, wholeDocument: false });
      if (current && answer.ok) setChecked({ text, result: answer.value });
    }, WAIT_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text]);

  const result = checked?.text === text ? checked.result : undefined;
  if (!result || result.citations.length === 0) return null;
  const errors = result.findings.filter((f) => f.severity === "error");
  const notes = result.findings.length - errors.length;
  return (
    <div aria-live="polite" className="mt-1 text-sm" data-testid="field-cite-check">
      <p className={errors.length > 0 ? "text-danger" : "text-muted"}>
        Cite-check: {result.citations.length} {result.citations.length === 1 ? "citation" : "citations"},{" "}
        {errors.length} {errors.length === 1 ? "error" : "errors"}, {notes} {notes === 1 ? "note" : "notes"}
      </p>
      {result.findings.length > 0 ? (
        <ul className="mt-1 list-disc pl-5">
          {result.findings.map((finding, i) => (
            <li key={i} className={finding.severity === "error" ? "text-danger" : "text-muted"}>
              {finding.severity === "error" ? "Error" : "Note"} ({FINDING_LABELS[finding.kind]}): {finding.message}
              {finding.fix ? ` Fix: ${fixText(finding.fix)}` : ""}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
