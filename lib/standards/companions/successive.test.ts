import { describe, expect, it } from "vitest";
import { makeDraft } from "@/lib/motion/testing";
import { evaluateSuccessive } from "./successive";

describe("successive motion", () => {
  it("is not successive unless the clerk says so", () => {
    expect(evaluateSuccessive(makeDraft())).toEqual({ isSuccessive: false });
  });

  it("records a renewed motion and whether it raises new grounds (seed 001)", () => {
    const draft = makeDraft({ successive: { isSuccessive: true, raisesNewGrounds: false, reasoning: "Nothing new." } });
    expect(evaluateSuccessive(draft)).toEqual({
      isSuccessive: true,
      raisesNewGrounds: false,
      reasoning: "Nothing new.",
    });
  });
});
