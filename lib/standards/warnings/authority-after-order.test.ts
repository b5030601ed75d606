import { describe, expect, it } from "vitest";
import { getAuthority } from "@/lib/authorities";
import { decidedAfter, type LaterDecision } from "@/lib/authorities/decided-after";
import { defineCase } from "@/lib/authorities/define-authority";
import type { MotionDraft } from "@/lib/motion/schema";
import { makeDraft, type DraftOverrides } from "@/lib/motion/testing";
import { evaluate } from "../evaluate";
import { slotPropositions } from "../formulations/slot-propositions";
import { warningSeverity } from "./severity";

const SOURCE = "https://example.org/opinion";
/** A made-up case for the date rule alone (library data changes as dates are verified). */
const CASE: Omit<Parameters<typeof defineCase>[0], "id" | "year"> = {
  name: "Roe v. Doe",
  shortName: "Roe",
  cite: { volume: 1, reporter: "F.4th", firstPage: 1 },
  court: "9th Cir.",
  circuit: "9th",
  isDistrictCourt: false,
  verification: { level: "cite", source: SOURCE, checked: "2026-11-22" },
  propositions: [],
};

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

const laterWarning = (draft: MotionDraft) => evaluate(draft).warnings.find((w) => w.code === "authority-after-order");

describe("an order cites no authority decided after its date", () => {
  it("compares the verified decision date when the case has one, else the year", () => {
    const dated = defineCase({ ...CASE, id: "dated-case", year: 2011, decided: "2011-03-10", decidedSource: SOURCE });
    expect(decidedAfter(dated, "2011-03-09")).toEqual({
      authorityId: "dated-case",
      basis: "decided",
      decided: "2011-03-10",
    });
    expect(decidedAfter(dated, "2011-03-10")).toBeUndefined();
    const undated = defineCase({ ...CASE, id: "undated-case", year: 2022 });
    expect(decidedAfter(undated, "2021-12-31")).toEqual({ authorityId: "undated-case", basis: "year", year: 2022 });
    expect(decidedAfter(undated, "2022-01-01")).toBeUndefined(); // the same year: cannot tell, no warning
    expect(decidedAfter(getAuthority("28-usc-1292-b"), "1900-01-01")).toBeUndefined();
  });

  it("is an error by a verified date, a warning by the year alone", () => {
    const body = (later: LaterDecision[]) =>
      ({ code: "authority-after-order", step: "ruling", orderDate: "2021-05-01", later }) as const;
    expect(warningSeverity(body([{ authorityId: "x", basis: "year", year: 2022 }]))).toBe("warning");
    expect(
      warningSeverity(
        body([
          { authorityId: "x", basis: "year", year: 2022 },
          { authorityId: "y", basis: "decided", decided: "2021-06-01" },
        ]),
      ),
    ).toBe("error");
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

  it("sees the clerk's own citations in the reasoning (ICTSI, decided January 18, 2022)", () => {
    const draft = ninth("2021-05-01", {
      certification: {
        decision: "deny",
        controllingQuestion: {
          reasoning: "A mixed question is not one of law. [[cite ictsi-v-ilwu#question-of-fact]]",
        },
      },
    });
    expect(laterWarning(draft)).toMatchObject({
      later: [{ authorityId: "ictsi-v-ilwu", basis: "decided", decided: "2022-01-18" }],
      severity: "error",
    });
  });

  it("says nothing without the order's date", () => {
    expect(laterWarning(ninth(undefined as unknown as string))).toBeUndefined();
  });
});
