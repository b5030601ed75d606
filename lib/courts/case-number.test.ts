import { describe, expect, it } from "vitest";
import { checkCaseNumber } from "./case-number";

describe("checkCaseNumber", () => {
  it.each([
    "1:11-cv-00446-LJO-BAM",
    "1:11-cv-00446-LJO-BAM (PC)",
    "17cv218-MMA (BLM)",
    "Civ. 09-275 RHS/LFG",
    "No. Civ. 09-275 RHS/LFG",
    "6:15-cv-01517-AA",
    "3:19-cv-00241-JMK",
    "06 Civ. 13153 (SAS)",
    "2:09-cv-00507",
    "CV 04-1566-ST",
    "C 12-1527 RS",
    "12-cv-1326 YGR",
    "Case No. 3:19-cv-00241-JMK",
    "Civil Action No. 19-1234 (ABJ)",
    "No. 19 C 1234",
    // The corpus orders' numbers (shared/corpus/expect.json): no marker, an MDL's "md", initials run on.
    "15-262-SLR",
    "19-479-JWD-SDJ",
    "12-1125",
    "2:06cv169KS-MTP",
    "2:11-md-2226-DCR",
    "2: 11-md-2226-DCR",
    "1:08CV185-SA-JAD",
    "22 Civ. 3034 (PAE) (GWG)",
  ])("accepts %s", (value) => expect(checkCaseNumber(value)).toEqual({ ok: true }));

  it.each([
    ["", /Enter the case number/],
    ["   ", /Enter the case number/],
    ["hello", /does not look like a civil case number/],
    ["12345", /does not look like a civil case number/],
    ["abc-def", /does not look like a civil case number/],
    ["1:24-cr-00012", /does not look like a civil case number/],
    ["1:11-cv-00446-LJO-BAM " + "X".repeat(80), /under 80 characters/],
  ])("rejects %j", (value, message) => {
    const result = checkCaseNumber(value);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toMatch(message);
      expect(result.message).toContain("1:11-cv-00446-LJO-BAM or 17cv218-MMA (BLM)");
    }
  });
});
