"use client";

import type { Findings } from "@/lib/standards";
import { ELEMENTS_1292B } from "@/lib/standards";
import { findStep } from "@/lib/wizard/steps";
import { CERTIFICATION_WORDS, COMPANION_WORDS, ELEMENT_STATUS_WORDS, STAY_WORDS } from "./finding-words";

const tone = (status: string) =>
  status === "met" || status === "granted"
    ? "text-ok"
    : status === "not-met" || status.startsWith("denied")
      ? "text-danger"
      : "text-muted";

/** The findings at a glance: each element, the disposition, and each companion request. */
export function FindingsSummary({ findings }: { findings: Findings }) {
  const { certification, reconsideration, stay } = findings;
  const rows: { label: string; value: string; status: string }[] = [
    ...ELEMENTS_1292B.map((element) => {
      const finding = certification.elements.find((e) => e.element === element.id);
      const status = finding?.status ?? "unanswered";
      return { label: findStep(element.id)?.title ?? element.label, value: ELEMENT_STATUS_WORDS[status], status };
    }),
    {
      label: "Certification",
      value: certification.inPart ? "Granted in part" : CERTIFICATION_WORDS[certification.disposition],
      status: certification.disposition,
    },
  ];
  if (reconsideration.disposition !== "not-requested") {
    rows.push({
      label: "Reconsideration",
      value: COMPANION_WORDS[reconsideration.disposition],
      status: reconsideration.disposition,
    });
  }
  if (stay.disposition !== "not-requested") {
    rows.push({ label: "Stay", value: STAY_WORDS[stay.disposition], status: stay.disposition });
  }
  return (
    <section aria-labelledby="findings-heading">
      <h2 id="findings-heading" className="text-lg font-semibold">
        Findings at a glance
      </h2>
      <dl className="mt-3 divide-y divide-line rounded border border-line">
        {rows.map((row) => (
          <div key={row.label} className="flex flex-wrap justify-between gap-2 px-3 py-2">
            <dt className="text-ink">{row.label}</dt>
            <dd className={`font-semibold ${tone(row.status)}`}>{row.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
