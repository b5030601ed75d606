/**
 * Every template renders against every fixture with strict variables and strict filters, and its
 * Markdown parses into blocks: a missing variable or a bad directive fails here, not in chambers.
 * Partials that need a loop variable are rendered once per value it can take.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findDistrict } from "@/lib/courts";
import { MotionDraftSchema } from "@/lib/motion/schema";
import { styleForDraft } from "@/lib/order/draft-order";
import { markdownToBlocks } from "@/lib/order/markdown-to-blocks";
import { renderTemplate, templateNames } from "@/lib/order/template-engine";
import { buildViewModel } from "@/lib/order/view-model/build-view-model";
import { evaluate } from "@/lib/standards";
import { ELEMENT_IDS } from "@/lib/standards/types";

const FIXTURES = path.resolve(import.meta.dirname, "../fixtures");
const fixtures = ["seeds", "grants", "circuits", "stress"].flatMap((set) =>
  readdirSync(path.join(FIXTURES, set))
    .filter((file) => /^\d{3}\.json$/.test(file))
    .map((file) => path.join(set, file)),
);

const DECREE_KINDS = [
  "certification-granted",
  "certification-denied",
  "reconsideration-granted",
  "reconsideration-denied",
  "stay-granted",
  "stay-denied",
  "stay-denied-as-moot",
  "stay-deferred",
  "stay-granted-in-part",
  "proceedings-stayed",
  "status-report",
  "proceedings-not-stayed",
  "petition-window",
];
const REASONS = {
  "controlling-question": ["pure-question-controlling", "question-of-fact", "would-not-affect-outcome"],
  "substantial-ground": [
    "mere-disagreement",
    "no-substantial-ground",
    "circuit-split",
    "no-controlling-authority-courts-disagree",
    "novel-and-difficult",
    "contrary-to-other-circuits",
  ],
  "materially-advance": ["would-advance-termination", "trial-imminent", "would-not-advance"],
} as const;

/** The extra scope a partial needs beyond the view model, one entry per value it can take. */
function scopesFor(name: string): Record<string, unknown>[] {
  if (name === "1292b/partials/decree") return DECREE_KINDS.map((kind) => ({ decree: { kind } }));
  if (name.startsWith("1292b/discussion/")) {
    return ELEMENT_IDS.flatMap((id) =>
      REASONS[id].map((reason) => ({
        element: { id, status: "met", reason, reasoning: "The *reasons*. [[doc 12 at 3]]" },
      })),
    );
  }
  return [{}];
}

describe.each(fixtures)("templates against %s", (file) => {
  const draft = MotionDraftSchema.parse(JSON.parse(readFileSync(path.join(FIXTURES, file), "utf8")));
  const district = findDistrict(draft.case.districtId ?? "");
  const view = buildViewModel(draft, evaluate(draft), styleForDraft(draft, district));

  it.each(templateNames())("%s renders strictly and parses", (name) => {
    for (const extra of scopesFor(name)) {
      const markdown = renderTemplate(name, { ...view, ...extra });
      expect(() => markdownToBlocks(markdown, "discussion")).not.toThrow();
    }
  });
});

it("covers every bundled template", () => {
  expect(templateNames().length).toBeGreaterThanOrEqual(14);
});
