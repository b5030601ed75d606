import { describe, expect, it } from "vitest";
import { makeDraft } from "@/lib/motion/testing";
import { draftOrder } from "./draft-order";

const base = makeDraft({
  case: {
    districtId: "ilnd",
    parties: [
      { id: "p", name: "Acme Widgets, Inc.", side: "plaintiff" },
      { id: "d", name: "Wood Holdings LLC", side: "defendant" },
    ],
  },
  motion: { movantPartyIds: ["d"], titleAsFiled: "Motion to Certify Order for Interlocutory Appeal" },
  certification: { decision: "deny" },
});

describe("the order's title", () => {
  it("is generated from the ruling when none is typed", () => {
    expect(draftOrder(base).doc.title).toBe(
      "Order Denying Defendant’s Motion to Certify Order for Interlocutory Appeal",
    );
  });

  it("prints as the judge typed it, one line", () => {
    const typed = { ...base, orderTitle: "  Memorandum Opinion and Order\nRegarding the Motion to Amend " };
    expect(draftOrder(typed).doc.title).toBe("Memorandum Opinion and Order Regarding the Motion to Amend");
  });
});
