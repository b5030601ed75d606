import { describe, expect, it } from "vitest";
import { defaultStyleFor, findDistrict, mergeStyle } from "@/lib/courts";
import type { Party } from "@/lib/motion/schema";
import { makeDraft, type DraftOverrides } from "@/lib/motion/testing";
import type { MotionDraft } from "@/lib/motion/schema";
import { DEFAULT_STYLE } from "@/lib/style/style-profile";
import type { StyleOverrides } from "@/lib/courts";
import { buildCaption } from "./caption";

const party = (id: string, side: Party["side"], name: string): Party => ({ id, side, name });

/** The caption of a draft in a district, with the chambers' overrides. */
function captionFor(districtId: string, overrides: DraftOverrides<MotionDraft> = {}, style: StyleOverrides = {}) {
  const draft = makeDraft({ case: { districtId }, ...overrides });
  return buildCaption(draft, findDistrict(districtId), mergeStyle(defaultStyleFor(districtId), style));
}

const LAFARGE = {
  case: {
    caseNumber: "1:08CV185-SA-JAD",
    parties: [
      party("p", "plaintiff", "Bobby J. LaFarge, by his personal representative and conservator, Angela Blizzard"),
      party("d1", "defendant", "Keith Kyker, M.D."),
      party("d2", "defendant", "North Mississippi Medical Center, Inc."),
    ],
  },
};

describe("buildCaption", () => {
  it("the generic form: names over Plaintiff, / Defendant., v., and No. before the number", () => {
    const caption = captionFor("ilnd", {
      case: {
        caseNumber: "1:24-cv-1",
        parties: [party("p", "plaintiff", "Ann Roe"), party("d", "defendant", "Acme Corp.")],
      },
    });
    expect(caption).toMatchObject({
      courtLines: ["UNITED STATES DISTRICT COURT", "NORTHERN DISTRICT OF ILLINOIS"],
      form: { parties: "labels-below", boxed: false },
      plaintiffs: { names: ["ANN ROE,"], label: "Plaintiff," },
      defendants: { names: ["ACME CORP.,"], label: "Defendant." },
      versus: "v.",
      caseNumberLine: "No. 1:24-cv-1",
      moreNumberLines: [],
      judgeLines: [],
      cases: [],
    });
    expect(caption.form.divider).toBeUndefined();
    expect(caption.inRe).toBeUndefined();
  });

  it("keeps a number typed with its own label as typed (D.N.M. 'No. Civ. 09-275 RHS/LFG')", () => {
    expect(captionFor("nmd", { case: { caseNumber: "No. Civ. 09-275 RHS/LFG" } }).caseNumberLine).toBe(
      "No. Civ. 09-275 RHS/LFG",
    );
    expect(captionFor("nmd", { case: { caseNumber: "Civ. 09-275 RHS/LFG" } }).caseNumberLine).toBe(
      "No. Civ. 09-275 RHS/LFG",
    );
    expect(captionFor("casd", { case: { caseNumber: "17cv218-MMA (BLM)" } }).caseNumberLine).toBe(
      "Case No.: 17cv218-MMA (BLM)",
    );
  });

  it("Mississippi (N.D. Miss., corpus case 18): roles in capitals at the right, 'V.', 'CIVIL ACTION NO.:'", () => {
    const caption = captionFor("msnd", LAFARGE);
    expect(caption).toMatchObject({
      courtLines: ["IN THE UNITED STATES DISTRICT COURT", "FOR THE NORTHERN DISTRICT OF MISSISSIPPI"],
      form: { parties: "labels-right" },
      plaintiffs: {
        names: ["BOBBY J. LAFARGE, BY HIS PERSONAL REPRESENTATIVE AND CONSERVATOR, ANGELA BLIZZARD"],
        label: "PLAINTIFF",
      },
      defendants: { names: ["KEITH KYKER, M.D.; and NORTH MISSISSIPPI MEDICAL CENTER, INC."], label: "DEFENDANTS" },
      versus: "V.",
      caseNumberLine: "CIVIL ACTION NO.: 1:08CV185-SA-JAD",
    });
  });

  it("Louisiana (M.D. La., corpus case 19): names only with ET AL., VERSUS, CIVIL ACTION over NO.", () => {
    const caption = captionFor("lamd", {
      case: {
        caseNumber: "19-479-JWD-SDJ",
        parties: [
          party("p", "plaintiff", "Louisiana State Conference of the NAACP, et al."),
          party("d", "defendant", "State of Louisiana, et al."),
        ],
      },
    });
    expect(caption).toMatchObject({
      form: { parties: "versus-rows" },
      plaintiffs: { names: ["LOUISIANA STATE CONFERENCE OF THE NAACP, ET AL."], label: "" },
      defendants: { names: ["STATE OF LOUISIANA, ET AL."], label: "" },
      versus: "VERSUS",
      caseKindLine: "CIVIL ACTION",
      caseNumberLine: "NO. 19-479-JWD-SDJ",
    });
  });

  it("Texas (W.D. Tex., corpus case 20): a § divider and the number alone", () => {
    const caption = captionFor("txwd", { case: { caseNumber: "1:18-CV-75-RP" } });
    expect(caption.form).toEqual({ parties: "labels-below", divider: "§", boxed: false });
    expect(caption.caseNumberLine).toBe("1:18-CV-75-RP");
  });

  it("D.D.C.: the boxed caption with a ) divider and 'Civil Action No.'", () => {
    const caption = captionFor("dcd", { case: { caseNumber: "17-1154 (EGS)" } });
    expect(caption.form).toEqual({ parties: "labels-below", divider: ")", boxed: true });
    expect(caption.caseNumberLine).toBe("Civil Action No. 17-1154 (EGS)");
  });

  it("E.D. Mich. (corpus case 23): the judge's name and title under the number, once the judge is named", () => {
    const named = captionFor("mied", { case: { caseNumber: "18-cv-14094", judge: { name: "Paul D. Borman" } } });
    expect(named.caseNumberLine).toBe("Case No. 18-cv-14094");
    expect(named.judgeLines).toEqual(["Paul D. Borman", "United States District Judge"]);
    expect(captionFor("mied").judgeLines).toEqual([]);
  });

  it("S.D.N.Y. (corpus case 17): the judge's line under the title", () => {
    const caption = captionFor("nysd", { case: { judge: { name: "Paul A. Engelmayer", title: "district" } } });
    expect(caption.judgeUnderTitle).toBe("PAUL A. ENGELMAYER, UNITED STATES DISTRICT JUDGE");
    expect(caption.judgeLines).toEqual([]);
  });

  it("an MDL (corpus case 24): IN RE:, the master file and MDL numbers, each member case with its number", () => {
    const caption = captionFor("kyed", {
      case: {
        caseNumber: "2: 11-md-2226-DCR",
        caption: {
          actions: "in-re",
          inReName: "Darvocet, Darvon and Propoxyphene Products Liability Litigation",
          numberLabel: "Master File No.",
          division: "Northern Division",
          moreNumbers: [{ id: "m", label: "MDL Docket No.", number: "2226" }],
          cases: [
            { id: "c1", name: "Esposito v. Xanodyne Pharm., Inc., et al.", number: "2:11-175-DCR" },
            { id: "c2", name: "", number: "" },
          ],
        },
      },
    });
    expect(caption).toMatchObject({
      courtLines: ["UNITED STATES DISTRICT COURT", "EASTERN DISTRICT OF KENTUCKY", "Northern Division"],
      form: { parties: "labels-below", divider: ")", boxed: false },
      inRe: "IN RE: DARVOCET, DARVON AND PROPOXYPHENE PRODUCTS LIABILITY LITIGATION",
      plaintiffs: { names: [], label: "" },
      caseNumberLine: "Master File No. 2: 11-md-2226-DCR",
      moreNumberLines: ["MDL Docket No. 2226"],
      cases: [{ name: "Esposito v. Xanodyne Pharm., Inc., et al.,", numberLine: "Civil Action No. 2:11-175-DCR" }],
    });
    expect(caption.casesIntro).toBeUndefined();
  });

  it("This Document Relates To: all cases (no list), or the cases listed", () => {
    const inRe = { actions: "in-re" as const, inReName: "In re Acme Securities Litigation" };
    const all = captionFor("ilnd", {
      case: { caption: { ...inRe, relatesTo: "all-cases", cases: [{ id: "c", name: "A v. B", number: "1" }] } },
    });
    expect(all.inRe).toBe("IN RE: ACME SECURITIES LITIGATION");
    expect(all.casesIntro).toBe("THIS DOCUMENT RELATES TO: ALL CASES");
    expect(all.cases).toEqual([]);
    const listed = captionFor("ilnd", {
      case: {
        caption: { ...inRe, relatesTo: "listed-cases", cases: [{ id: "c", name: "A v. B", number: "1:24-cv-2" }] },
      },
    });
    expect(listed.casesIntro).toBe("THIS DOCUMENT RELATES TO:");
    expect(listed.cases).toEqual([{ name: "A v. B,", numberLine: "No. 1:24-cv-2" }]);
  });

  it("consolidated cases: the lead case's parties and number, then 'Consolidated with:' and each case with its number", () => {
    const caption = captionFor("ilnd", {
      case: {
        caseNumber: "1:24-cv-1",
        parties: [party("p", "plaintiff", "Ann Roe"), party("d", "defendant", "Acme Corp.")],
        caption: { actions: "consolidated", cases: [{ id: "c", name: "Bo Poe v. Acme Corp.", number: "1:24-cv-2" }] },
      },
    });
    expect(caption.plaintiffs.names).toEqual(["ANN ROE,"]);
    expect(caption.caseNumberLine).toBe("No. 1:24-cv-1");
    expect(caption.casesIntro).toBe("Consolidated with:");
    expect(caption.cases).toEqual([{ name: "Bo Poe v. Acme Corp.,", numberLine: "No. 1:24-cv-2" }]);
  });

  it("one action ignores the listed cases and further numbers a clerk left from an earlier choice", () => {
    const caption = captionFor("ilnd", {
      case: {
        caption: {
          actions: "one",
          moreNumbers: [{ id: "m", label: "MDL No.", number: "1" }],
          cases: [{ id: "c", name: "X v. Y", number: "2" }],
        },
      },
    });
    expect(caption.moreNumberLines).toEqual([]);
    expect(caption.cases).toEqual([]);
  });

  it("the chambers overrides the district's form field by field", () => {
    const caption = captionFor("lamd", {}, { caption: { versus: "v.", parties: "labels-below" } });
    expect(caption.versus).toBe("v.");
    expect(caption.caseKindLine).toBeUndefined();
    expect(caption.caseNumberLine).toBe("NO. [case number]");
  });

  it("without a district: the generic court line and form", () => {
    const caption = buildCaption(makeDraft(), undefined, DEFAULT_STYLE);
    expect(caption.courtLines).toEqual(["UNITED STATES DISTRICT COURT"]);
    expect(caption.plaintiffs.names).toEqual(["[PLAINTIFF],"]);
  });
});
