import { describe, expect, it } from "vitest";
import type { OrderDoc } from "@/lib/order-doc/types";
import { footnoteNumbers } from "./footnote-numbers";
import { sampleOrder } from "./testing/order-fixtures";

const ref = (footnoteId: string) => ({ kind: "footnoteRef" as const, footnoteId });
const note = (text: string) => [
  { kind: "paragraph" as const, content: [{ kind: "text" as const, text }], section: "discussion" as const },
];

describe("footnoteNumbers", () => {
  it("numbers footnotes in order of first reference, not in key order", () => {
    const numbers = footnoteNumbers(sampleOrder());
    expect(numbers.order).toEqual(["stay", "history"]);
    expect(numbers.numberOf("stay")).toBe(1);
    expect(numbers.numberOf("history")).toBe(2);
  });

  it.each([
    { case: "a repeated reference keeps its number", refs: ["a", "b", "a"], order: ["a", "b"] },
    { case: "an unreferenced footnote is not printed", refs: ["b"], order: ["b"] },
    { case: "no references, no footnotes", refs: [], order: [] },
  ])("$case", ({ refs, order }) => {
    const doc: OrderDoc = sampleOrder({
      body: [{ kind: "paragraph", content: refs.map(ref), section: "discussion" }],
      footnotes: { a: note("A"), b: note("B") },
    });
    expect(footnoteNumbers(doc).order).toEqual(order);
  });

  it("finds references inside list items and a cite's printed runs", () => {
    const doc = sampleOrder({
      body: [
        { kind: "list", ordered: false, items: [[ref("a")]], section: "discussion" },
        {
          kind: "paragraph",
          content: [{ kind: "cite", token: { authorityId: "x" }, printed: [ref("b")] }],
          section: "discussion",
        },
      ],
      footnotes: { a: note("A"), b: note("B") },
    });
    expect(footnoteNumbers(doc).order).toEqual(["a", "b"]);
  });

  it("throws on a reference to a missing footnote (a programmer error)", () => {
    const doc = sampleOrder({ body: [{ kind: "paragraph", content: [ref("nope")], section: "discussion" }] });
    expect(() => footnoteNumbers(doc)).toThrow(/nope/);
  });
});
