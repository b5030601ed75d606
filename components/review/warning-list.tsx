"use client";

import Link from "next/link";
import type { MotionDraft } from "@/lib/motion/schema";
import type { Warning } from "@/lib/standards";
import { findStep } from "@/lib/wizard/steps";
import { warningText } from "@/lib/standards/warnings/warning-text";

/** The engine's warnings in plain words, each with a link to the step that causes it. */
export function WarningList({
  warnings,
  draft,
  draftId,
}: {
  warnings: readonly Warning[];
  draft: MotionDraft;
  draftId: string;
}) {
  return (
    <section aria-labelledby="warnings-heading">
      <h2 id="warnings-heading" className="text-lg font-semibold">
        Warnings
      </h2>
      {warnings.length === 0 ? (
        <p className="mt-2 text-muted">No warnings.</p>
      ) : (
        <ul className="mt-3 space-y-2">
          {warnings.map((warning, index) => {
            const step = findStep(warning.step);
            return (
              <li key={`${warning.code}-${index}`} className="rounded border-l-4 border-caution bg-amber-50 px-3 py-2">
                <p>{warningText(warning, draft)}</p>
                {step ? (
                  <Link href={`/drafts/${draftId}/${step.id}`} className="text-sm text-seal underline">
                    Go to {step.title}
                  </Link>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
