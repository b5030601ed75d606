import { describe, expect, it } from "vitest";
import type { MotionDraft } from "@/lib/motion/schema";
import { makeDraft, mergeDraft, type DraftOverrides } from "@/lib/motion/testing";
import { draftOrder } from "@/lib/order/draft-order";
import { orderPlainText } from "@/lib/render/plain-text";
import { legalHolidaysBetween } from "@/lib/deadlines/legal-holidays";
import { petitionDeadlineForDraft } from "./petition-deadline-for-draft";

/** Good Friday 2027 is March 26: day 10 after an order entered Tuesday, March 16, 2027. */
const GOOD_FRIDAY_2027 = "2027-03-26";

const ALL_MET = {
  controllingQuestion: { isPureQuestionOfLaw: true, couldMateriallyAffectOutcome: true },
  substantialGround: { basis: "novel-and-difficult" },
  materiallyAdvance: { wouldMateriallyAdvance: true },
  questions: [{ id: "q1", text: "whether the asserted claims are invalid as indefinite" }],
  decision: "grant",
} satisfies DraftOverrides<MotionDraft>["certification"];

/** An E.D. Tex. patent case: the regional circuit is the Fifth (clerk in New Orleans), but the appeal lies to the Federal Circuit. */
const edTexGrant = (isWithinFederalCircuitJurisdiction: boolean) =>
  makeDraft({
    case: {
      districtId: "txed",
      caseNumber: "2:26-cv-00100-JRG",
      judge: { name: "Rodney Gilstrap", title: "district" },
      parties: [
        { id: "p1", name: "Acme Widgets LLC", side: "plaintiff" },
        { id: "d1", name: "Beta Devices Inc.", side: "defendant" },
      ],
      isWithinFederalCircuitJurisdiction,
    },
    orderUnderReview: { date: "2027-02-01", isFinalJudgment: false },
    motion: { titleAsFiled: "Motion to Certify", movantPartyIds: ["d1"], docketNumber: "88" },
    certification: ALL_MET,
    orderDate: "2027-03-16",
  });

describe("the petition deadline follows the court that hears the appeal (FRAP 26(a)(6)(C), 1(b))", () => {
  it("the holiday library does not class Texas's optional Good Friday as a public holiday, but does Louisiana's", () => {
    expect(legalHolidaysBetween(GOOD_FRIDAY_2027, GOOD_FRIDAY_2027, { country: "US", state: "TX" })).toEqual([]);
    expect(
      legalHolidaysBetween(GOOD_FRIDAY_2027, GOOD_FRIDAY_2027, { country: "US", state: "LA" }).map((h) => h.state),
    ).toEqual(["LA"]);
  });

  it("counts Texas and D.C. holidays for an E.D. Tex. grant appealable to the Federal Circuit: due Friday, March 26, 2027", () => {
    const deadline = petitionDeadlineForDraft(edTexGrant(true));
    expect(deadline?.dueDate).toBe("2027-03-26");
    expect(deadline?.rolledOver).toEqual([]);
  });

  it("still counts the Fifth Circuit clerk's Louisiana Good Friday for an ordinary E.D. Tex. grant: due Monday, March 29", () => {
    expect(petitionDeadlineForDraft(edTexGrant(false))?.dueDate).toBe("2027-03-29");
  });

  it("prints the Federal Circuit date in the order's decree", () => {
    const { doc, style } = draftOrder(edTexGrant(true));
    const text = orderPlainText(doc, style).replace(/\s+/g, " ");
    expect(text).toContain("that period ends on March 26, 2027");
    expect(text).not.toContain("March 29, 2027");
  });

  it("has no deadline without a grant, a signing date or a district", () => {
    expect(petitionDeadlineForDraft(makeDraft({ certification: { decision: "deny" }, orderDate: "2027-03-16" }))).toBe(
      undefined,
    );
    expect(petitionDeadlineForDraft(makeDraft({ certification: ALL_MET, orderDate: "2027-03-16" }))).toBe(undefined);
  });
});

describe("the petition deadline on the certification variants", () => {
  it("counts for a grant in part as for a grant", () => {
    const draft = mergeGrant({ certification: { decision: "grant-in-part" } });
    expect(petitionDeadlineForDraft(draft)?.dueDate).toBe(petitionDeadlineForDraft(edTexGrant(false))?.dueDate);
  });

  it("is not dated when the order under review is vacated and an amended order is to be entered", () => {
    const draft = mergeGrant({ amendment: { requested: true, form: "vacate-and-reenter" } });
    expect(petitionDeadlineForDraft(draft)).toBeUndefined();
    expect(petitionDeadlineForDraft(mergeGrant({ amendment: { requested: true, form: "amend" } }))).toBeDefined();
  });
});

const mergeGrant = (overrides: DraftOverrides<MotionDraft>) => mergeDraft(edTexGrant(false), overrides);
