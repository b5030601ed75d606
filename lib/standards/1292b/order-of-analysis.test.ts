import { describe, expect, it } from "vitest";
import type { ElementFinding, ElementStatus } from "../types";
import { applyOrderOfAnalysis } from "./order-of-analysis";

const IDS = ["controlling-question", "substantial-ground", "materially-advance"] as const;

const findings = (...statuses: ElementStatus[]): ElementFinding[] =>
  statuses.map((status, i) => ({
    element: IDS[i] ?? "controlling-question",
    status,
    reason: status === "met" ? "pure-question-controlling" : status === "not-met" ? "question-of-fact" : "unanswered",
    reasoning: `reasoning ${i}`,
  }));

const statuses = (result: { elements: ElementFinding[] }) => result.elements.map((e) => e.status);

describe("stop-at-first-failure", () => {
  it.each([
    [
      ["not-met", "met", "met"],
      ["not-met", "not-reached", "not-reached"],
      ["substantial-ground", "materially-advance"],
    ],
    [["met", "not-met", "not-met"], ["met", "not-met", "not-reached"], ["materially-advance"]],
    [
      ["unanswered", "not-met", "unanswered"],
      ["not-reached", "not-met", "not-reached"],
      ["controlling-question", "materially-advance"],
    ],
    [
      ["unanswered", "unanswered", "not-met"],
      ["not-reached", "not-reached", "not-met"],
      ["controlling-question", "substantial-ground"],
    ],
    [["met", "met", "not-met"], ["met", "met", "not-met"], []],
    [["met", "met", "met"], ["met", "met", "met"], []],
    [["unanswered", "unanswered", "unanswered"], ["unanswered", "unanswered", "unanswered"], []],
  ] as const)("%o → %o, not reached %o", (input, expected, notReached) => {
    const result = applyOrderOfAnalysis(findings(...input), "stop-at-first-failure");
    expect(statuses(result)).toEqual(expected);
    expect(result.notReached).toEqual(notReached);
  });

  it("is the default when the chambers has not chosen", () => {
    expect(applyOrderOfAnalysis(findings("not-met", "met", "met"), undefined).notReached).toEqual([
      "substantial-ground",
      "materially-advance",
    ]);
  });

  it("gives an element not reached the reason not-reached and drops its reasoning", () => {
    const [, second] = applyOrderOfAnalysis(findings("not-met", "met", "met")).elements;
    expect(second).toEqual({ element: "substantial-ground", status: "not-reached", reason: "not-reached" });
  });
});

describe("all-elements", () => {
  it.each([[["not-met", "met", "unanswered"]], [["not-met", "not-met", "not-met"]], [["met", "met", "met"]]] as const)(
    "every finding stands: %o",
    (input) => {
      const result = applyOrderOfAnalysis(findings(...input), "all-elements");
      expect(statuses(result)).toEqual(input);
      expect(result.notReached).toEqual([]);
    },
  );
});
