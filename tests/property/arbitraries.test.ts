/** The generators' contract: every draft the schema accepts and, for `readyDraft`, one an export takes as it is. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MotionDraftSchema } from "@/lib/motion/schema";
import { appellateCircuit } from "@/lib/standards/appellate-circuit";
import { readiness } from "@/lib/standards/readiness";
import { incompleteDraft, readyDraft } from "./arbitraries";
import { params, SEED, TIMEOUT } from "./config";

describe("draft arbitraries", () => {
  it(
    "build export-ready drafts the schema accepts (nothing is filtered away)",
    () => {
      fc.assert(
        fc.property(readyDraft, (draft) => {
          expect(MotionDraftSchema.safeParse(JSON.parse(JSON.stringify(draft))).success).toBe(true);
          expect(readiness(draft)).toEqual([]);
        }),
        params(200),
      );
    },
    TIMEOUT,
  );

  it(
    "build incomplete drafts the schema accepts",
    () => {
      fc.assert(
        fc.property(incompleteDraft, (draft) => {
          expect(MotionDraftSchema.safeParse(draft).success).toBe(true);
        }),
        params(100),
      );
    },
    TIMEOUT,
  );

  it("reach every circuit, every element outcome and every companion request", () => {
    const drafts = fc.sample(readyDraft, { seed: SEED, numRuns: 400 });
    const circuits = new Set(drafts.map((draft) => appellateCircuit(draft)));
    expect(circuits.size).toBe(13);
    expect(new Set(drafts.map((d) => d.certification.controllingQuestion.isPureQuestionOfLaw))).toEqual(
      new Set([true, false, undefined]),
    );
    expect(new Set(drafts.map((d) => d.analysis.order))).toEqual(
      new Set(["stop-at-first-failure", "all-elements", undefined]),
    );
    expect(
      new Set(drafts.filter((d) => d.reconsideration.requested).map((d) => d.reconsideration.ruleInvoked)),
    ).toEqual(new Set(["59e", "54b", "60b", "local-rule", "inherent-power", undefined]));
    expect(drafts.some((d) => d.stay.requested && d.amendment.requested && d.successive.isSuccessive)).toBe(true);
    expect(drafts.some((d) => d.case.judge.title === "magistrate" && d.case.parties.some((p) => p.isProSe))).toBe(true);
  });
});
