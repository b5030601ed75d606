import { describe, expect, it } from "vitest";
import { emphasisRuns, mergeRuns, plainText, textRun } from "./emphasis-runs";

describe("emphasisRuns", () => {
  it("italicizes *spans* and leaves the rest roman", () => {
    expect(emphasisRuns("*superseded by statute*, Pub. L. No. 104-317")).toEqual([
      { kind: "text", text: "superseded by statute", marks: ["italic"] },
      { kind: "text", text: ", Pub. L. No. 104-317" },
    ]);
  });
  it("keeps a lone asterisk literal (a Westlaw star page)", () => {
    expect(emphasisRuns("at *4")).toEqual([{ kind: "text", text: "at *4" }]);
  });
  it("merges adjacent runs with the same marks and reads back plain text", () => {
    const merged = mergeRuns([textRun("a"), textRun("b"), textRun("c", ["italic"]), textRun("d", ["italic"])]);
    expect(merged).toEqual([textRun("ab"), textRun("cd", ["italic"])]);
    expect(plainText(merged)).toBe("abcd");
  });
});
