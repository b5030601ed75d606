import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MotionDraftSchema } from "@/lib/motion/schema";
import { stepStandard } from "./step-standard";

describe("stepStandard", () => {
  it("offers the statute's own words for the three elements in any circuit, as seed 001 (Ninth Circuit) chooses them", () => {
    const seed = MotionDraftSchema.parse(JSON.parse(readFileSync("fixtures/seeds/001.json", "utf8")));
    const draft = { ...seed, analysis: { ...seed.analysis, slotChoices: {} } };
    const threeElements = stepStandard("ruling", draft).find((slot) => slot.slot === "three-elements");
    expect(threeElements?.candidates.map((candidate) => candidate.key)).toContain("28-usc-1292-b#may-certify");
  });
});
