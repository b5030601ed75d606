"use client";

import Link from "next/link";
import type { StepStatus } from "@/lib/wizard/step-status";
import { STEPS } from "@/lib/wizard/steps";

/** What the order still needs, and what was typed wrong, step by step, each with a link to its step. */
export function ReadinessList({ statuses, draftId }: { statuses: readonly StepStatus[]; draftId: string }) {
  const open = statuses.filter((status) => status.missing.length > 0 || status.issues.length > 0);
  return (
    <section aria-labelledby="readiness-heading">
      <h2 id="readiness-heading" className="text-lg font-semibold">
        What the order still needs
      </h2>
      {open.length === 0 ? (
        <p className="mt-2 text-ok">Nothing: the order is ready to download.</p>
      ) : (
        <ul className="mt-3 space-y-3">
          {open.map((status) => {
            const step = STEPS.find((s) => s.id === status.id)!;
            return (
              <li key={status.id} className="rounded border border-line px-3 py-2">
                <Link href={`/drafts/${draftId}/${step.id}`} className="font-medium text-seal underline">
                  {step.title}
                </Link>
                <ul className="mt-1 list-disc pl-5 text-sm">
                  {status.issues.map((issue) => (
                    <li key={`issue-${issue.path}`} className="text-danger">
                      {issue.message}
                    </li>
                  ))}
                  {status.missing.map((item) => (
                    <li key={`missing-${item.field}`}>{item.message}</li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
