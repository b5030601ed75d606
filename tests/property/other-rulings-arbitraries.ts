/**
 * Generators for the further rulings, directions and sentences added to the legal standard
 * (lib/motion/other-rulings-schema.ts): `furtherPlan` with any text the schema takes (for the
 * renderers), `furtherTyping` as a clerk types them (for the prose check). Both export-ready: every
 * ruling has a disposition and a name, every added sentence its citation. Movants are picked by
 * index from the draft's parties when the draft is put together.
 */
import fc from "fast-check";
import { LIMITS } from "@/lib/motion/fields";
import {
  DirectionKindSchema,
  OtherRulingDispositionSchema,
  OtherRulingKindSchema,
  type AddedStandardSentence,
  type Direction,
  type OtherRuling,
} from "@/lib/motion/other-rulings-schema";
import type { MotionDraft } from "@/lib/motion/schema";
import { hostileText, visibleText } from "./unicode-text";

type Further = Pick<MotionDraft, "otherRulings" | "directions" | "addedStandardSentences">;
/** A ruling before its movants are known: indexes into the draft's parties. */
type RulingPlan = Omit<OtherRuling, "id" | "movantPartyIds"> & { movants: number[] };
type Plan = { rulings: RulingPlan[]; directions: Omit<Direction, "id">[]; added: Omit<AddedStandardSentence, "id">[] };

const docketNumber = fc.integer({ min: 1, max: 9999 }).map(String);
const isoDate = fc
  .integer({ min: Date.UTC(2000, 0, 1) / 86_400_000, max: Date.UTC(2035, 11, 31) / 86_400_000 })
  .map((day) => new Date(day * 86_400_000).toISOString().slice(0, 10));

function plan(text: {
  title: fc.Arbitrary<string>;
  reasons: fc.Arbitrary<string>;
  direction: fc.Arbitrary<string>;
  sentence: fc.Arbitrary<string>;
  citation: fc.Arbitrary<string>;
}): fc.Arbitrary<Plan> {
  const ruling: fc.Arbitrary<RulingPlan> = fc.record(
    {
      kind: fc.constantFrom(...OtherRulingKindSchema.options),
      titleAsFiled: text.title,
      docketNumber,
      movants: fc.array(fc.nat(), { maxLength: 2 }),
      disposition: fc.constantFrom(...OtherRulingDispositionSchema.options),
      reasons: text.reasons,
      reasonsInFootnote: fc.boolean(),
    },
    { requiredKeys: ["disposition", "movants", "titleAsFiled"] },
  );
  const direction: fc.Arbitrary<Omit<Direction, "id">> = fc.record(
    {
      kind: fc.constantFrom(...DirectionKindSchema.options),
      docketNumbers: fc.array(docketNumber, { minLength: 1, maxLength: 3 }),
      text: text.direction,
      dueDate: isoDate,
    },
    // Export-ready: a direction has what it directs (readiness asks for it).
    { requiredKeys: ["kind", "docketNumbers", "text"] },
  );
  const added = fc.record({ text: text.sentence, citation: text.citation });
  return fc.record({
    // Two rulings on one filing is the clerk's slip, not the template's: each names a different filing.
    rulings: fc.uniqueArray(ruling, { maxLength: 3, selector: (r) => r.titleAsFiled }),
    // The same direction typed twice is the clerk's slip too.
    directions: fc.uniqueArray(direction, {
      maxLength: 3,
      selector: (d) => (d.kind === "close-motions" ? `close|${d.docketNumbers?.join()}` : `${d.kind}|${d.text}`),
    }),
    added: fc.array(added, { maxLength: 2 }),
  });
}

/** Any text the schema takes. */
export const furtherPlan: fc.Arbitrary<Plan> = plan({
  title: visibleText(LIMITS.shortText),
  reasons: hostileText(2000),
  direction: visibleText(500),
  sentence: visibleText(1000),
  citation: visibleText(LIMITS.shortText),
});

const TITLES = [
  "Plaintiff's Motion for Leave to File a Second Amended Complaint",
  "Motion to Strike Defendant's Reply.",
  "Defendants' Motion for Entry of Final Judgment Under Rule 54(b)",
  "Motion for Extension of Time to File Notice of Appeal",
  "motion for clarification",
  "Joint Motion to Vacate the Trial Date",
];
const REASONS = [
  "Leave to amend is freely given when justice so requires, and Defendant shows no prejudice",
  "Because the Court grants the motion to certify, it does not reach the request for more time.",
  "The reply raises no new argument. [[doc 61]]",
  "There is just reason for delay: the dismissed claims overlap with those that remain.",
  "the request is moot in light of this Order.",
];
const DIRECTIONS = [
  "Defendants shall answer the amended complaint",
  "The parties shall file a joint status report.",
  "counsel are cautioned that further filings exceeding the page limits will be stricken",
  "The hearing set for March 3 is VACATED.",
];
const SENTENCES = [
  "A district court may certify an order on its own motion",
  "the movant bears the burden of persuading the court that exceptional circumstances justify an immediate appeal.",
];
const CITATIONS = [
  "*Doe v. Roe*, 123 F. Supp. 3d 456, 459 (N.D. Ill. 2015)",
  "Smith v. Jones, No. 1:20-cv-100, 2021 WL 12345, at *2 (D. Md. Jan. 5, 2021).",
];

/** As a clerk types them: titles with their movant, sentences with or without their periods. */
export const furtherTyping: fc.Arbitrary<Plan> = plan({
  title: fc.constantFrom(...TITLES),
  reasons: fc.constantFrom(...REASONS),
  direction: fc.constantFrom(...DIRECTIONS),
  sentence: fc.constantFrom(...SENTENCES),
  citation: fc.constantFrom(...CITATIONS),
});

/** The plan as the draft's lists, movants taken from the draft's parties. */
export function furtherFor(planned: Plan, partyIds: readonly string[]): Further {
  if (planned.rulings.length + planned.directions.length + planned.added.length === 0) return {};
  return {
    otherRulings: planned.rulings.map(({ movants, ...ruling }, i) => ({
      id: `ruling-${i}`,
      ...ruling,
      movantPartyIds: partyIds.length > 0 ? [...new Set(movants.map((n) => partyIds[n % partyIds.length]!))] : [],
    })),
    directions: planned.directions.map((direction, i) => ({ id: `direction-${i}`, ...direction })),
    addedStandardSentences: planned.added.map((added, i) => ({ id: `added-${i}`, ...added })),
  };
}
