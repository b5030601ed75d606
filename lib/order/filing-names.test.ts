import { describe, expect, it } from "vitest";
import type { StyleOverrides } from "@/lib/style/style-overrides";
import { makeDraft } from "@/lib/motion/testing";
import { orderPlainText } from "@/lib/render/plain-text";
import { draftOrder } from "./draft-order";

const draftCiting = (styleOverrides: StyleOverrides) =>
  makeDraft({
    case: {
      districtId: "txwd",
      caseNumber: "1:26-cv-00001",
      judge: { name: "Ada Lovelace", title: "district" },
      parties: [
        { id: "p", name: "Acme Widgets, Inc.", side: "plaintiff" },
        { id: "d", name: "Wood Holdings LLC", side: "defendant" },
      ],
    },
    orderUnderReview: { date: "2026-01-05", docketNumber: "40" },
    motion: {
      movantPartyIds: ["d"],
      titleAsFiled: "Motion to Certify Order for Interlocutory Appeal",
      docketNumber: "92",
    },
    docketEntries: [
      { id: "e1", number: "92", date: "2026-01-12", citeName: "Mot. Interloc. App.", narrative: "Defendant moved." },
      { id: "e2", number: "95", date: "2026-01-20", narrative: "Plaintiff responded." },
    ],
    certification: {
      decision: "deny",
      controllingQuestion: { isPureQuestionOfLaw: true, couldMateriallyAffectOutcome: true },
      substantialGround: { basis: "none" },
      materiallyAdvance: { wouldMateriallyAdvance: true },
    },
    orderDate: "2026-02-02",
    styleOverrides,
  });
const print = (style: StyleOverrides) => {
  const { doc, style: printed } = draftOrder(draftCiting(style));
  return orderPlainText(doc, printed).replace(/\s+/g, " ");
};

describe("filings cited by the name the clerk gave them", () => {
  it("prints the name before the number in chambers that cite by name", () => {
    const text = print({ docketCite: { form: "dkt-paren" } });
    expect(text).toContain("Defendant moved. (Mot. Interloc. App., Dkt. 92.)");
    // An entry the clerk did not name is cited by number alone.
    expect(text).toContain("Plaintiff responded. (Dkt. 95.)");
  });

  it("leaves the name out where the chambers cites by number", () => {
    const text = print({ docketCite: { form: "ecf-no" } });
    expect(text).toContain("ECF No. 92");
    expect(text).not.toContain("Mot. Interloc. App.");
  });
});
