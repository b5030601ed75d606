import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { startsSentenceAfter } from "./sentence-boundary";

/** The regular-expression forms this replaced, which re-read the whole text each time. */
const byRegex = (text: string, closers: RegExp) => text.trimEnd() === "" || closers.test(text.trimEnd());

describe("startsSentenceAfter", () => {
  it.each([
    ["", true],
    ["  \n", true],
    ["He said.", true],
    ['He said."  ', true],
    ["Why?)", true],
    ["Why? )", false],
    ["one, two", false],
    ["Id. at 3;", false],
    ["§", false],
  ])("%j → %s", (text, expected) => {
    expect(startsSentenceAfter(text, `"'”’)]`)).toBe(expected);
  });

  it("agrees with the regular expressions it replaced", () => {
    const text = fc
      .array(
        fc.constantFrom("a", " ", "\n", "\u00a0", ".", "?", "!", ",", ";", '"', "'", "”", "’", ")", "]", "§", "😀"),
        { maxLength: 12 },
      )
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, (t) => {
        expect(startsSentenceAfter(t, `"'”’)]`)).toBe(byRegex(t, /[.?!]["'”’)\]]*$/));
        expect(startsSentenceAfter(t, '"”’)')).toBe(byRegex(t, /[.?!]["”’)]*$/));
      }),
      { numRuns: 2000, seed: 7 },
    );
  });
});
