/**
 * Every template renders against every fixture with strict variables and strict filters, and its
 * Markdown parses into blocks: a missing variable or a bad directive fails here, not in chambers.
 * Partials that need a loop variable are rendered once per value it can take.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findDistrict } from "@/lib/courts";
import { MotionDraftSchema, type MotionDraft } from "@/lib/motion/schema";
import { styleForDraft } from "@/lib/order/draft-order";
import { markdownToBlocks } from "@/lib/order/markdown-to-blocks";
import { renderTemplate, templateNames } from "@/lib/order/template-engine";
import { buildViewModel } from "@/lib/order/view-model/build-view-model";
import { evaluate } from "@/lib/standards";
import { ELEMENT_IDS } from "@/lib/standards/types";
import {
  DirectionKindSchema,
  OtherRulingDispositionSchema,
  OtherRulingKindSchema,
} from "@/lib/motion/other-rulings-schema";
import { DEFAULT_STYLE } from "@/lib/style/style-profile";
import { otherRulingsView } from "@/lib/order/view-model/other-rulings-view";

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
  if (name in FURTHER_SCOPES) return FURTHER_SCOPES[name]!;
  return [{}];
}

/** A further ruling of every kind and disposition (and one undecided), and a direction of every kind, as the view model gives them. */
// More rulings than a draft may hold (every kind × every disposition): read by the view only, not parsed.
const FURTHER = otherRulingsView(
  {
    ...JSON.parse(readFileSync(path.join(FIXTURES, "seeds/000.json"), "utf8")),
    otherRulings: [
      ...OtherRulingKindSchema.options.flatMap((kind, k) =>
        OtherRulingDispositionSchema.options.map((disposition, d) => ({
          id: `r${k}-${d}`,
          kind,
          docketNumber: String(60 + d),
          movantPartyIds: d % 2 ? ["p1"] : [],
          disposition,
          reasons: "The *reasons*. [[doc 12 at 3]]",
          reasonsInFootnote: d % 2 === 0,
          ...(k % 2 ? { titleAsFiled: "Motion to Strike." } : {}),
        })),
      ),
      { id: "undecided" },
    ],
    directions: DirectionKindSchema.options.map((kind, i) => ({
      id: `x${i}`,
      kind,
      docketNumbers: ["61", "62"],
      text: "The parties shall confer. [[doc 12]]",
      dueDate: "2026-01-05",
    })),
  } as MotionDraft,
  DEFAULT_STYLE,
);
const FURTHER_SCOPES: Record<string, Record<string, unknown>[]> = {
  "1292b/partials/other-ruling-noun": FURTHER.rulings.map((ruling) => ({ ruling })),
  "1292b/partials/other-ruling-decree": FURTHER.rulings.flatMap((ruling) =>
    [true, false].map((as_clause) => ({ ruling, as_clause, further: FURTHER })),
  ),
  "1292b/partials/direction-decree": FURTHER.directions.flatMap((direction) =>
    [true, false].map((as_clause) => ({ direction, as_clause })),
  ),
  "1292b/partials/other-rulings-footnotes": [true, false].map((refs) => ({ refs, further: FURTHER })),
  "1292b/partials/other-rulings-decree": [{ further: FURTHER }],
  "1292b/partials/other-rulings-reasons": [{ further: FURTHER }],
};

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
