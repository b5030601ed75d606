import { describe, expect, it } from "vitest";
import { getProposition } from "@/lib/authorities";
import { CircuitIdSchema, districtsInCircuit } from "@/lib/courts";
import { makeDraft } from "@/lib/motion/testing";
import { evaluate } from "./evaluate";
import { formulationFor } from "./formulations";
import { TIMELINESS_RULES, TIMELINESS_THRESHOLDS } from "./timeliness-thresholds";

const CIRCUITS = CircuitIdSchema.options;

describe("timeliness rules", () => {
  it("state a rule for every court of appeals, and the thresholds agree with them", () => {
    for (const circuit of CIRCUITS) {
      expect(TIMELINESS_RULES[circuit].rule.length, circuit).toBeGreaterThan(20);
      expect(TIMELINESS_THRESHOLDS[circuit]).toBe(TIMELINESS_RULES[circuit].thresholdDays);
    }
  });

  it("make reasonable time a requirement only in the Seventh Circuit, on Ahrenholz, which its formulation cites", () => {
    const reasonableTime = CIRCUITS.filter((circuit) => TIMELINESS_RULES[circuit].kind === "reasonable-time");
    expect(reasonableTime).toEqual(["7th"]);
    const source = TIMELINESS_RULES["7th"].source;
    expect(source).toEqual({ authorityId: "ahrenholz-v-board-of-trustees", propositionId: "reasonable-time" });
    expect(getProposition(source!.authorityId, source!.propositionId).quote).toBe(
      "within a reasonable time after the order sought to be appealed",
    );
    expect(formulationFor("7th").timeliness).toEqual([source]);
  });

  it("cite no source where no circuit rule is verified", () => {
    for (const circuit of CIRCUITS.filter((c) => c !== "7th"))
      expect(TIMELINESS_RULES[circuit].source, circuit).toBeUndefined();
  });

  // Every regional circuit, through one of its districts: warned one day past the threshold, not on it.
  it.each(CIRCUITS.filter((circuit) => circuit !== "fed"))("%s: warns one day past its threshold", (circuit) => {
    const district = districtsInCircuit(circuit)[0]!;
    const threshold = TIMELINESS_RULES[circuit].thresholdDays;
    const filedOn = (days: number) => new Date(Date.UTC(2026, 0, 1 + days)).toISOString().slice(0, 10);
    const warn = (days: number) =>
      evaluate(
        makeDraft({
          case: { districtId: district.id },
          orderUnderReview: { date: "2026-01-01" },
          motion: { filedDate: filedOn(days) },
        }),
      ).warnings.filter((w) => w.code === "untimely-motion");
    expect(warn(threshold)).toEqual([]);
    expect(warn(threshold + 1)).toEqual([
      {
        code: "untimely-motion",
        step: "motion",
        daysAfterOrder: threshold + 1,
        thresholdDays: threshold,
        circuit,
        severity: "warning",
      },
    ]);
  });

  it("fed: judges a Federal Circuit case by the Federal Circuit's rule, not the district's", () => {
    const draft = makeDraft({
      case: { districtId: "ilnd", isWithinFederalCircuitJurisdiction: true },
      orderUnderReview: { date: "2026-01-01" },
      motion: { filedDate: "2026-02-15" },
    });
    // 45 days: past the Seventh Circuit's 30, within the Federal Circuit's 60.
    expect(evaluate(draft).warnings.filter((w) => w.code === "untimely-motion")).toEqual([]);
  });
});
