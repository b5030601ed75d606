import { describe, expect, it } from "vitest";
import { MotionDraftSchema, type MotionDraft } from "@/lib/motion/schema";
import { makeDraft } from "@/lib/motion/testing";
import { evaluate } from "./evaluate";
import { readiness } from "./readiness";
import { STEP_IDS } from "./step-id";

/** A small seeded generator (mulberry32), so a failure reproduces. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function arbitraryDraft(next: () => number): MotionDraft {
  const pick = <T>(...options: T[]): T => options[Math.floor(next() * options.length)] as T;
  const flag = () => pick(true, false, undefined);
  const date = () => pick(undefined, "2018-01-01", "2018-03-22", "2018-06-30");
  return makeDraft({
    case: {
      districtId: pick(undefined, "casd", "ilnd", "nmd", "zzz"),
      judge: { title: pick(undefined, "district", "magistrate", "senior", "chief"), consentUnder636c: flag() },
      parties: pick([], [{ id: "p1", name: "A", side: "plaintiff", isProSe: flag() }]),
    },
    orderUnderReview: { date: date(), isFinalJudgment: flag() },
    motion: { filedDate: date(), movantPartyIds: pick([], ["p1"], ["missing"]) },
    certification: {
      questions: pick([], [{ id: "q1", text: pick("", "Whether the evidence suffices", "Does the statute apply?") }]),
      controllingQuestion: { isPureQuestionOfLaw: flag(), couldMateriallyAffectOutcome: flag() },
      substantialGround: {
        basis: pick(
          undefined,
          "circuit-split",
          "no-controlling-authority-courts-disagree",
          "novel-and-difficult",
          "contrary-to-other-circuits",
          "none",
        ),
        isMereDisagreement: flag(),
      },
      materiallyAdvance: { wouldMateriallyAdvance: flag(), isTrialImminent: flag() },
      decision: pick(undefined, "grant", "deny"),
      stayProceedingsOnGrant: flag(),
      discretionaryDenialReasoning: pick(undefined, "", "Reasons."),
    },
    reconsideration: {
      requested: flag(),
      ruleInvoked: pick(undefined, "59e", "54b", "60b", "local-rule", "inherent-power"),
      decision: pick(undefined, "grant", "deny"),
    },
    stay: {
      requested: flag(),
      kind: pick(undefined, "proceedings", "order-pending-appeal"),
      decision: pick(undefined, "grant", "deny", "deny-as-moot"),
      placement: pick(undefined, "section", "footnote"),
    },
    amendment: { requested: flag() },
    successive: { isSuccessive: flag(), raisesNewGrounds: flag() },
    analysis: { order: pick(undefined, "stop-at-first-failure", "all-elements") },
  });
}

describe("evaluate on any schema-valid draft", () => {
  const next = random(1292);
  const drafts = Array.from({ length: 600 }, () => MotionDraftSchema.parse(arbitraryDraft(next)));

  it("never throws, and readiness never throws", () => {
    for (const draft of drafts) {
      expect(() => evaluate(draft)).not.toThrow();
      expect(() => readiness(draft)).not.toThrow();
    }
  });

  it("keeps its invariants: not reached only when an element failed, every warning pointing to a step, allMet as stated", () => {
    for (const draft of drafts) {
      const { certification, warnings } = evaluate(draft);
      const statuses = certification.elements.map((e) => e.status);
      // Not reached only when some element failed (an unanswered one before the failure is set aside too).
      if (statuses.includes("not-reached")) expect(statuses).toContain("not-met");
      expect(certification.notReached).toEqual(
        certification.elements.filter((e) => e.status === "not-reached").map((e) => e.element),
      );
      expect(certification.allMet).toBe(statuses.every((s) => s === "met"));
      for (const warning of warnings) expect(STEP_IDS).toContain(warning.step);
    }
  });
});
