import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { MotionDraftSchema } from "@/lib/motion/schema";
import { draftOrder } from "@/lib/order/draft-order";
import { stepStandard } from "@/lib/wizard/step-standard";

const seed = () => MotionDraftSchema.parse(JSON.parse(readFileSync("fixtures/seeds/002.json", "utf8")));

describe("a saved slot choice naming an authority the library no longer holds", () => {
  it("falls back to the circuit's formulation instead of failing the order or the wizard", () => {
    const draft = seed();
    const stale = { authorityId: "no-such-case", propositionId: "gone" };
    const choices = draft.analysis.slotChoices ?? {};
    const [slot, refs] = Object.entries(choices).find(([, chosen]) => chosen.length > 0) ?? ["burden", []];
    const plain = draftOrder(draft);
    // A stale entry beside a good one: the good one stands.
    draft.analysis.slotChoices = { ...choices, [slot]: [...refs, stale] };
    expect(draftOrder(draft).doc).toEqual(plain.doc);
    // Only stale entries: the circuit's formulation, as if nothing had been chosen.
    const { [slot]: _dropped, ...others } = choices;
    void _dropped;
    draft.analysis.slotChoices = others;
    const unchosen = draftOrder(draft);
    draft.analysis.slotChoices = { ...others, [slot]: [stale] };
    expect(draftOrder(draft).doc).toEqual(unchosen.doc);
    expect(() => stepStandard("ruling", draft)).not.toThrow();
  });
});
