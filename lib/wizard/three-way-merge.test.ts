import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { sameJson, threeWayMerge } from "./three-way-merge";

const base = {
  title: "Motion",
  docket: "49",
  flags: { exParte: true },
  tags: ["49-1"],
  items: [
    { id: "a", name: "Alpha", note: "first" },
    { id: "b", name: "Beta" },
    { id: "c", name: "Gamma" },
  ],
};
type Doc = typeof base & { extra?: string };

describe("threeWayMerge", () => {
  it("keeps answers changed on one side only, from both sides", () => {
    const mine = { ...base, title: "Motion (mine)" };
    const theirs = { ...base, docket: "51", flags: { exParte: false } };
    expect(threeWayMerge(base, mine, theirs)).toEqual({
      merged: { ...base, title: "Motion (mine)", docket: "51", flags: { exParte: false } },
      conflicts: [],
    });
  });

  it("takes an answer both sides changed alike without asking", () => {
    const same = { ...base, title: "Same" };
    expect(threeWayMerge(base, same, { ...same })).toEqual({ merged: same, conflicts: [] });
  });

  it("reports an answer changed on both sides, and settles it with the side preferred", () => {
    const mine = { ...base, title: "Mine", docket: "50" };
    const theirs = { ...base, title: "Theirs", tags: ["49-2"] };
    const conflict = { path: ["title"], kind: "value", base: "Motion", mine: "Mine", theirs: "Theirs" };
    expect(threeWayMerge(base, mine, theirs, "mine")).toEqual({
      merged: { ...base, title: "Mine", docket: "50", tags: ["49-2"] },
      conflicts: [conflict],
    });
    expect(threeWayMerge(base, mine, theirs, "theirs").merged).toEqual({
      ...base,
      title: "Theirs",
      docket: "50",
      tags: ["49-2"],
    });
  });

  it("treats a list of plain values as one answer", () => {
    const result = threeWayMerge(base, { ...base, tags: ["49-1", "49-2"] }, { ...base, tags: [] });
    expect(result.conflicts.map((c) => c.path)).toEqual([["tags"]]);
  });

  it("merges lists keyed by id item by item: edits to different fields of one item, and to different items", () => {
    const mine = { ...base, items: [base.items[0]!, { id: "b", name: "Beta (mine)" }, base.items[2]!] };
    const theirs = {
      ...base,
      items: [{ ...base.items[0]!, note: "theirs" }, base.items[1]!, { id: "c", name: "Gamma (theirs)" }],
    };
    expect(threeWayMerge(base, mine, theirs)).toEqual({
      merged: {
        ...base,
        items: [
          { id: "a", name: "Alpha", note: "theirs" },
          { id: "b", name: "Beta (mine)" },
          { id: "c", name: "Gamma (theirs)" },
        ],
      },
      conflicts: [],
    });
  });

  it("names a conflicting list item by its id", () => {
    const mine = { ...base, items: [base.items[0]!, { id: "b", name: "B1" }, base.items[2]!] };
    const theirs = { ...base, items: [base.items[0]!, { id: "b", name: "B2" }, base.items[2]!] };
    expect(threeWayMerge(base, mine, theirs).conflicts).toEqual([
      { path: ["items", { id: "b" }, "name"], kind: "value", base: "Beta", mine: "B1", theirs: "B2" },
    ]);
  });

  it("keeps items added on both sides, each after its neighbour, and drops items removed on one side", () => {
    const mine = { ...base, items: [base.items[0]!, { id: "m", name: "Mine" }, base.items[1]!, base.items[2]!] };
    const theirs = { ...base, items: [base.items[0]!, base.items[2]!, { id: "t", name: "Theirs" }] };
    const result = threeWayMerge(base, mine, theirs);
    expect(result.conflicts).toEqual([]);
    expect(result.merged.items.map((item) => item.id)).toEqual(["a", "m", "c", "t"]);
  });

  it("asks when one side removed an item the other side edited", () => {
    const mine = { ...base, items: [base.items[0]!, base.items[2]!] };
    const theirs = { ...base, items: [base.items[0]!, { id: "b", name: "Beta, edited" }, base.items[2]!] };
    const result = threeWayMerge(base, mine, theirs, "theirs");
    expect(result.conflicts).toEqual([
      { path: ["items", { id: "b" }], kind: "value", base: base.items[1], mine: undefined, theirs: theirs.items[1] },
    ]);
    // Kept (theirs preferred), in its place.
    expect(result.merged.items.map((item) => item.id)).toEqual(["a", "b", "c"]);
    expect(threeWayMerge(base, mine, theirs, "mine").merged.items.map((item) => item.id)).toEqual(["a", "c"]);
  });

  it("merges a reorder on one side with an edit on the other", () => {
    const mine = { ...base, items: [base.items[2]!, base.items[0]!, base.items[1]!] };
    const theirs = { ...base, items: [base.items[0]!, { id: "b", name: "Beta (theirs)" }, base.items[2]!] };
    const result = threeWayMerge(base, mine, theirs);
    expect(result.conflicts).toEqual([]);
    expect(result.merged.items).toEqual([base.items[2], base.items[0], { id: "b", name: "Beta (theirs)" }]);
  });

  it("merges reorders of different stretches, and reports reorders of the same stretch as an order conflict", () => {
    const long = { ...base, items: ["a", "b", "c", "d", "e", "f"].map((id) => ({ id, name: id })) };
    const at = (...ids: string[]) => ({ ...long, items: ids.map((id) => ({ id, name: id })) });
    const apart = threeWayMerge(long, at("b", "a", "c", "d", "e", "f"), at("a", "b", "c", "d", "f", "e"));
    expect(apart.conflicts).toEqual([]);
    expect(apart.merged.items.map((i) => i.id)).toEqual(["b", "a", "c", "d", "f", "e"]);

    const clash = threeWayMerge(long, at("b", "a", "c", "d", "e", "f"), at("c", "a", "b", "d", "e", "f"), "theirs");
    expect(clash.conflicts.map((c) => [c.path, c.kind])).toEqual([[["items"], "order"]]);
    expect(clash.merged.items.map((i) => i.id)).toEqual(["c", "a", "b", "d", "e", "f"]);
  });

  it("adds keys new on either side, and removes a key removed on one side and unchanged on the other", () => {
    const withExtra: Doc = { ...base, extra: "x" };
    const { docket: _docket, ...withoutDocket } = base;
    expect(threeWayMerge<Doc>(base, withExtra, withoutDocket as Doc)).toEqual({
      merged: { ...withoutDocket, extra: "x" },
      conflicts: [],
    });
  });

  it("counts a key set to undefined as absent", () => {
    expect(sameJson({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameJson([1, { b: undefined }], [1, {}])).toBe(true);
    expect(sameJson({ a: [1] }, { a: [1, 2] })).toBe(false);
  });

  // Properties over any JSON: the merge never loses a one-sided change.
  const json = fc.jsonValue({ maxDepth: 3 });
  it("returns the other side when one side is the base, and either side when both agree", () => {
    fc.assert(
      fc.property(json, json, (b, x) => {
        expect(sameJson(threeWayMerge(b, b, x).merged, x)).toBe(true);
        expect(sameJson(threeWayMerge(b, x, b).merged, x)).toBe(true);
        expect(threeWayMerge(b, x, structuredClone(x)).conflicts).toEqual([]);
      }),
    );
  });

  it("keeps every key changed on one side only, whatever the other side changed elsewhere", () => {
    const record = fc.dictionary(fc.string({ maxLength: 3 }), json, { maxKeys: 5 });
    fc.assert(
      fc.property(record, record, record, (b, mineChanges, theirChanges) => {
        const theirKeys = Object.keys(theirChanges).filter((key) => !(key in mineChanges));
        const mine = { ...b, ...mineChanges };
        const theirs = { ...b, ...Object.fromEntries(theirKeys.map((key) => [key, theirChanges[key]])) };
        const { merged, conflicts } = threeWayMerge<Record<string, unknown>>(b, mine, theirs);
        expect(conflicts).toEqual([]);
        for (const key of Object.keys(mineChanges)) expect(sameJson(merged[key], mine[key])).toBe(true);
        for (const key of theirKeys) expect(sameJson(merged[key], theirs[key])).toBe(true);
      }),
    );
  });
});
