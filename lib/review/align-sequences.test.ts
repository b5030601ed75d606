import { describe, expect, it } from "vitest";
import { alignSequences, wordSimilarity } from "./align-sequences";

const statuses = (before: string[], after: string[]) =>
  alignSequences(before, after, (text) => text).map((pair) =>
    pair.status === "unchanged"
      ? `= ${pair.after}`
      : pair.status === "changed"
        ? `~ ${pair.before} → ${pair.after}`
        : pair.status === "inserted"
          ? `+ ${pair.after}`
          : `- ${pair.before}`,
  );

describe("alignSequences", () => {
  it("keeps identical blocks and pairs an edited one between them", () => {
    expect(
      statuses(
        ["one two", "the court denies the motion", "three"],
        ["one two", "the court grants the motion", "three"],
      ),
    ).toEqual(["= one two", "~ the court denies the motion → the court grants the motion", "= three"]);
  });

  it("pairs the similar block and leaves the others deleted or inserted", () => {
    expect(statuses(["alpha beta gamma", "delta epsilon"], ["zeta eta theta iota", "alpha beta gamma kappa"])).toEqual([
      "+ zeta eta theta iota",
      "~ alpha beta gamma → alpha beta gamma kappa",
      "- delta epsilon",
    ]);
  });

  it("does not pair blocks that share few words", () => {
    expect(statuses(["the motion is denied"], ["a stay is entered for sixty days pending appeal"])).toEqual([
      "- the motion is denied",
      "+ a stay is entered for sixty days pending appeal",
    ]);
  });

  it("respects canPair", () => {
    const pairs = alignSequences(
      ["a b c"],
      ["a b c d"],
      (text) => text,
      () => false,
    );
    expect(pairs.map((pair) => pair.status)).toEqual(["deleted", "inserted"]);
  });

  it("measures similarity by shared words", () => {
    expect(wordSimilarity("a b", "a b")).toBe(1);
    expect(wordSimilarity("a b", "c d")).toBe(0);
    expect(wordSimilarity("a b c", "a b")).toBeCloseTo(0.8);
    expect(wordSimilarity("", "")).toBe(1);
  });

  it("pairs a hunk too large for the similarity table by position (every paragraph rewritten at once)", () => {
    const before = Array.from({ length: 60 }, (_, i) => `alpha${i} beta${i} gamma${i} delta${i}`);
    const after = before.map((text) => `${text} and revised`);
    const moved = [...after.slice(1), after[0]!];
    expect(statuses(before, after).every((line) => line.startsWith("~"))).toBe(true);
    // Paired by position, a paragraph moved from first to last no longer finds its old self.
    const pairs = statuses(before, moved);
    expect(pairs).toContain(`- ${before[0]}`);
    expect(pairs).toContain(`+ ${after[0]}`);
  });
});
