import { describe, expect, it } from "vitest";
import { sameAnswers } from "./same-answers";

describe("sameAnswers", () => {
  it("ignores key order and unanswered keys", () => {
    expect(sameAnswers({ a: 1, b: { c: "x", d: undefined } }, { b: { c: "x" }, a: 1 })).toBe(true);
  });

  it("tells apart a draft with an answer the other set aside", () => {
    const typed = { motion: { titleAsFiled: "Motion", filedOn: "2018-03-01" } };
    const stored = { motion: { titleAsFiled: "Motion" } };
    expect(sameAnswers(typed, stored)).toBe(false);
  });

  it("keeps list order significant", () => {
    expect(sameAnswers({ entries: [1, 2] }, { entries: [2, 1] })).toBe(false);
  });
});
