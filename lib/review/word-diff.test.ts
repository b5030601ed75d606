import { describe, expect, it } from "vitest";
import { proseOfLength } from "@/lib/motion/limit-draft";
import { editBudget, MAX_REDLINE_EDITS, MAX_WORD_EDITS, sideText, wordCount, wordDiff } from "./word-diff";

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

  it("bounds its work: a 20,000-character paragraph with its words reshuffled reads as replaced, between the kept ends", () => {
    const words = proseOfLength(20_000, 7).split(" ");
    const before = `Kept opening words. ${words.join(" ")} Kept closing words.`;
    const after = `Kept opening words. ${[...words].reverse().join(" ")} Kept closing words.`;
    const parts = wordDiff(before, after);
    expect(parts.map((part) => part.kind)).toEqual(["same", "del", "ins", "same"]);
    expect(parts[0]?.text).toBe("Kept opening words. ");
    expect(parts[3]?.text).toBe(" Kept closing words.");
    expect(sideText(parts, "before")).toBe(before);
    expect(sideText(parts, "after")).toBe(after);
  });

  it("still shows each change of a long paragraph edited in a few places", () => {
    const words = proseOfLength(20_000, 3).split(" ");
    const edited = words.map((word, i) => (i % 400 === 0 ? "CHANGED" : word));
    const parts = wordDiff(words.join(" "), edited.join(" "));
    expect(parts.filter((part) => part.kind === "ins").map((part) => part.text)).toEqual(
      edited.filter((word, i) => word !== words[i]),
    );
    expect(MAX_WORD_EDITS).toBeGreaterThan(2 * parts.filter((part) => part.kind === "ins").length);
  });

  it("spends one redline's budget of edits across its blocks; once spent, changed blocks read as replaced", () => {
    const budget = editBudget();
    expect(budget.remaining).toBe(MAX_REDLINE_EDITS);
    expect(wordDiff("The Court DENIES the motion.", "The Court GRANTS the motion.", { budget })).toHaveLength(4);
    expect(budget.remaining).toBe(MAX_REDLINE_EDITS - 2);
    const reshuffled = proseOfLength(2_000, 5).split(" ");
    wordDiff(reshuffled.join(" "), [...reshuffled].reverse().join(" "), { budget });
    expect(budget.remaining).toBe(MAX_REDLINE_EDITS - 2 - MAX_WORD_EDITS);
    budget.remaining = 0;
    expect(
      wordDiff("The Court DENIES the motion.", "The Court GRANTS the motion.", { budget }).map((part) => part.kind),
    ).toEqual(["same", "del", "ins", "same"]);
    expect(wordDiff("a b c d", "a x c d", { budget }).map((part) => part.text)).toEqual(["a ", "b", "x", " c d"]);
  });

  it("counts words as runs of non-space characters", () => {
    expect(wordCount(" Doc. No. 49-1 at 2-3. ")).toBe(5);
    expect(wordCount("  ")).toBe(0);
  });
});
