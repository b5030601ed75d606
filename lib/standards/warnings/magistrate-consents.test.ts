import { describe, expect, it } from "vitest";
import type { MotionDraft } from "@/lib/motion/schema";
import { makeDraft, type DraftOverrides } from "@/lib/motion/testing";
import { draftOrder } from "@/lib/order/draft-order";
import { orderPlainText } from "@/lib/render/plain-text";
import { evaluate } from "../evaluate";
import { warningText } from "./warning-text";

type Party = MotionDraft["case"]["parties"][number];

/** A magistrate judge presiding by consent in `districtId`, with these parties. */
const byConsent = (districtId: string, parties: Party[], extra: DraftOverrides<MotionDraft> = {}) =>
  makeDraft({
    case: {
      districtId,
      caseNumber: "1:26-cv-00001",
      judge: { name: "Barbara A. McAuliffe", title: "magistrate", consentUnder636c: true },
      parties,
    },
    orderUnderReview: { date: "2026-02-02", isFinalJudgment: false },
    motion: { titleAsFiled: "Motion to Certify", movantPartyIds: ["p1"], docketNumber: "40" },
    certification: { decision: "deny", controllingQuestion: { isPureQuestionOfLaw: false } },
    orderDate: "2026-03-02",
    ...extra,
  });

const P1: Party = { id: "p1", name: "Pat Doe", side: "plaintiff", consentDocketNumber: "5" };
const D1: Party = { id: "d1", name: "Acme Corp.", side: "defendant", consentDocketNumber: "9" };
const UNSERVED: Party = { id: "d2", name: "John Roe", side: "defendant", isUnserved: true };

const consentWarning = (draft: MotionDraft) =>
  evaluate(draft).warnings.find((w) => w.code === "magistrate-consents-incomplete");

describe("a magistrate judge presiding by consent (28 U.S.C. § 636(c))", () => {
  it("recites the consents with their docket entries", () => {
    const { doc, style } = draftOrder(byConsent("caed", [P1, D1]));
    const text = orderPlainText(doc, style).replace(/\s+/g, " ");
    expect(text).toContain("All parties have consented to proceed before a United States Magistrate Judge");
    expect(text).toContain("(ECF Nos. 5, 9.)");
    expect(consentWarning(byConsent("caed", [P1, D1]))).toBeUndefined();
  });

  it("warns, as an error, when a served party's consent is not recorded", () => {
    const warning = consentWarning(byConsent("caed", [P1, { ...D1, consentDocketNumber: undefined }]));
    expect(warning).toMatchObject({ step: "parties", missingPartyIds: ["d1"], severity: "error" });
    const { doc, style } = draftOrder(byConsent("caed", [P1, { ...D1, consentDocketNumber: undefined }]));
    expect(orderPlainText(doc, style)).not.toContain("All parties have consented");
  });

  it("in the Ninth Circuit, counts a defendant not yet served (Williams v. King)", () => {
    const draft = byConsent("caed", [P1, D1, UNSERVED]);
    const warning = consentWarning(draft);
    expect(warning).toMatchObject({ missingPartyIds: ["d2"], unservedRule: "required", severity: "error" });
    if (!warning) throw new Error("no warning");
    expect(warningText(warning, draft)).toContain("Williams v. King");
  });

  it("elsewhere, says the rule for unserved defendants is unsettled, as a warning", () => {
    const draft = byConsent("laed", [P1, D1, UNSERVED]);
    const warning = consentWarning(draft);
    expect(warning).toMatchObject({ missingPartyIds: ["d2"], unservedRule: "unsettled", severity: "warning" });
    if (!warning) throw new Error("no warning");
    expect(warningText(warning, draft)).toMatch(/unsettled/);
  });

  it("asks for the consents when none is recorded", () => {
    const draft = byConsent("caed", [
      { ...P1, consentDocketNumber: undefined },
      { ...D1, consentDocketNumber: undefined },
    ]);
    expect(consentWarning(draft)).toMatchObject({ missingPartyIds: ["p1", "d1"], severity: "warning" });
  });

  it("says nothing for a district judge", () => {
    expect(consentWarning(byConsent("caed", [P1], { case: { judge: { title: "district" } } }))).toBeUndefined();
  });
});
