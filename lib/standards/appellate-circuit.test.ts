import { describe, expect, it } from "vitest";
import { makeDraft } from "@/lib/motion/testing";
import { appellateCircuit } from "./appellate-circuit";

describe("appellateCircuit", () => {
  it.each([
    ["the district's circuit", { districtId: "ded" }, "3d"],
    [
      "the Federal Circuit for an action within its jurisdiction, wherever the district sits",
      { districtId: "ded", isWithinFederalCircuitJurisdiction: true },
      "fed",
    ],
    [
      "the district's circuit when the action is not within it",
      { districtId: "txed", isWithinFederalCircuitJurisdiction: false },
      "5th",
    ],
    ["nothing while the district is unknown", {}, undefined],
    ["nothing for an unknown district id", { districtId: "xxd" }, undefined],
  ] as const)("%s", (_name, caseAnswers, expected) => {
    expect(appellateCircuit(makeDraft({ case: caseAnswers }))).toBe(expected);
  });
});
