import { describe, expect, it } from "vitest";
import { getAuthority } from "@/lib/authorities";
import { decidedAfter } from "@/lib/authorities/decided-after";
import type { MotionDraft } from "@/lib/motion/schema";
import { makeDraft, type DraftOverrides } from "@/lib/motion/testing";
import { evaluate } from "../evaluate";
import { slotPropositions } from "../formulations/slot-propositions";

const CTX = { today: "2026-11-23" };

/** A Ninth Circuit motion that asks for reconsideration under Rule 59(e): the order states the Rule 59(e) grounds. */
const ninth = (orderDate: string, extra: DraftOverrides<MotionDraft> = {}) =>
  makeDraft({
    case: { districtId: "casd" },
    orderUnderReview: { isFinalJudgment: true },
    reconsideration: { requested: true, ruleInvoked: "59e", decision: "deny" },
    certification: { decision: "deny" },
    orderDate,
    ...extra,
  });

const laterWarning = (draft: MotionDraft) =>
  evaluate(draft, CTX).warnings.find((w) => w.code === "authority-after-order");

describe("an order cites no authority decided after its date", () => {
  it("compares the verified decision date when the case has one, else the year", () => {
    const herron = getAuthority("allstate-v-herron"); // decided March 10, 2011
    expect(decidedAfter(herron, "2011-03-09")).toEqual({
      authorityId: "allstate-v-herron",
      basis: "decided",
      decided: "2011-03-10",
    });
    expect(decidedAfter(herron, "2011-03-10")).toBeUndefined();
    const ictsi = getAuthority("ictsi-v-ilwu"); // 2022, no verified date
    expect(decidedAfter(ictsi, "2021-12-31")).toEqual({ authorityId: "ictsi-v-ilwu", basis: "year", year: 2022 });
    expect(decidedAfter(ictsi, "2022-01-01")).toBeUndefined(); // the same year: cannot tell, no warning
    expect(decidedAfter(getAuthority("28-usc-1292-b"), "1900-01-01")).toBeUndefined();
  });

  it("falls back to the circuit's earlier authority for the slot (Herron, decided March 10, 2011 → an earlier Ninth Circuit case)", () => {
    const before = slotPropositions(ninth("2011-01-15"), "9th", "reconsideration-59e-grounds");
    expect(before.map((ref) => ref.authorityId)).not.toContain("allstate-v-herron");
    expect(before.length).toBeGreaterThan(0);
    const after = slotPropositions(ninth("2011-06-01"), "9th", "reconsideration-59e-grounds");
    expect(after.map((ref) => ref.authorityId)).toEqual(["allstate-v-herron"]);
    expect(laterWarning(ninth("2011-01-15"))).toBeUndefined();
  });

  it("never replaces the chambers' own choice, and warns of it as an error when the decision date is known", () => {
    const draft = ninth("2011-01-15", {
      analysis: {
        slotChoices: {
          "reconsideration-59e-grounds": [{ authorityId: "allstate-v-herron", propositionId: "four-grounds" }],
        },
      },
    });
    expect(slotPropositions(draft, "9th", "reconsideration-59e-grounds").map((ref) => ref.authorityId)).toEqual([
      "allstate-v-herron",
    ]);
    expect(laterWarning(draft)).toEqual({
      code: "authority-after-order",
      step: "ruling",
      orderDate: "2011-01-15",
      later: [{ authorityId: "allstate-v-herron", basis: "decided", decided: "2011-03-10" }],
      severity: "error",
    });
  });

  it("warns, as a warning only, when just the year is later (the clerk's own citation in the reasoning)", () => {
    const draft = ninth("2021-05-01", {
      certification: {
        decision: "deny",
        controllingQuestion: {
          reasoning: "A mixed question is not one of law. [[cite ictsi-v-ilwu#question-of-fact]]",
        },
      },
    });
    expect(laterWarning(draft)).toMatchObject({
      later: [{ authorityId: "ictsi-v-ilwu", basis: "year", year: 2022 }],
      severity: "warning",
    });
  });

  it("says nothing without the order's date", () => {
    expect(laterWarning(ninth(undefined as unknown as string))).toBeUndefined();
  });
});
