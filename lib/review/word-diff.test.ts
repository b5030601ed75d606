import { describe, expect, it } from "vitest";
import { sideText, wordCount, wordDiff } from "./word-diff";

describe("wordDiff", () => {
  it.each([
    [
      "a changed word",
      "The Court DENIES the motion.",
      "The Court GRANTS the motion.",
      [
        ["same", "The Court "],
        ["del", "DENIES"],
        ["ins", "GRANTS"],
        ["same", " the motion."],
      ],
    ],
    [
      "added words",
      "the motion.",
      "the motion in part.",
      [
        ["same", "the motion"],
        ["ins", " in part"],
        ["same", "."],
      ],
    ],
    [
      "neighbouring changes read as one",
      "a b c d",
      "a x y d",
      [
        ["same", "a "],
        ["del", "b c"],
        ["ins", "x y"],
        ["same", " d"],
      ],
    ],
    [
      "a short kept word between long changes folds in",
      "opinion, namely, whether a policy's sue-and-labor clause applies, and that",
      "opinion and that",
      [
        ["same", "opinion"],
        ["del", ", namely, whether a policy's sue-and-labor clause applies, and "],
        ["ins", " and "],
        ["same", "that"],
      ],
    ],
    ["all new", "", "new text", [["ins", "new text"]]],
    ["all gone", "old text", "", [["del", "old text"]]],
    ["no change", "same", "same", [["same", "same"]]],
    ["nothing", "", "", []],
  ])("%s", (_name, before, after, expected) => {
    const parts = wordDiff(before, after);
    expect(parts.map((part) => [part.kind, part.text])).toEqual(expected);
    expect(sideText(parts, "before")).toBe(before);
    expect(sideText(parts, "after")).toBe(after);
  });

  it("counts words as runs of non-space characters", () => {
    expect(wordCount(" Doc. No. 49-1 at 2-3. ")).toBe(5);
    expect(wordCount("  ")).toBe(0);
  });
});
