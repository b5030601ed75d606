import type { CaptionStyle } from "@/lib/style/caption-style";

/** One district's caption form as its orders print it, with where that was seen. */
export type DistrictCaptionForm = {
  caption: Partial<CaptionStyle>;
  /** The court's name lines, where the district prints them otherwise than the default. */
  captionLines?: string[];
  /** Where the form was seen: a corpus case (shared/corpus/case-NN.md), a seed, or the URL of an order read. */
  evidence: string[];
};

/**
 * The districts whose caption form differs from the generic one (names over "Plaintiff," /
 * "Defendant.", "v.", "No."), each from orders actually read. A district not listed prints the
 * generic form: nothing is assumed for a district no order of it was seen for (E.D. and W.D. La.,
 * the other Texas districts, for instance). A chambers may override any field.
 */
export const DISTRICT_CAPTION_FORMS = {
  // Names only, "VERSUS" on its own row with "CIVIL ACTION" / "NO. 19-479-JWD-SDJ" to the right; "ET AL." in capitals.
  lamd: {
    caption: { parties: "versus-rows", versus: "VERSUS", numberLabel: "NO." },
    evidence: [
      "shared/corpus/case-19.md (La. State Conf. of NAACP v. Louisiana, M.D. La. 2020)",
      "https://docslib.org/doc/1300623/1-united-states-district-court-middle-district-of-louisiana",
    ],
  },
  // Role in capitals at the right of the names, "V." between, "CIVIL ACTION NO.: 1:08CV185-SA-JAD" on the "V." row.
  msnd: {
    caption: { parties: "labels-right", versus: "V.", numberLabel: "CIVIL ACTION NO.:" },
    captionLines: ["IN THE UNITED STATES DISTRICT COURT", "FOR THE NORTHERN DISTRICT OF MISSISSIPPI"],
    evidence: [
      "shared/corpus/case-18.md (LaFarge v. Kyker, N.D. Miss. 2009)",
      "https://docs.justia.com/cases/federal/district-courts/mississippi/msndce/1:2008cv00185/28036/71",
      "https://docs.justia.com/cases/federal/district-courts/mississippi/msndce/1:2017cv00093/39718/107",
    ],
  },
  // As N.D. Miss., with "v." and "CIVIL ACTION NO." (the same judge, KS, as corpus case 21).
  mssd: {
    caption: { parties: "labels-right", versus: "v.", numberLabel: "CIVIL ACTION NO." },
    captionLines: ["IN THE UNITED STATES DISTRICT COURT", "FOR THE SOUTHERN DISTRICT OF MISSISSIPPI"],
    evidence: [
      "shared/corpus/case-21.md (McLaurin v. United States, S.D. Miss. 2008: 'CIVIL ACTION NO. 2:06cv169KS-MTP')",
      "https://docs.justia.com/cases/federal/district-courts/mississippi/mssdce/2:2014cv00009/84924/88",
    ],
  },
  // A column of "§" between the parties and the number; the number without a label ("1:18-CV-75-RP").
  txwd: {
    caption: { divider: "section-signs", numberLabel: "" },
    evidence: ["shared/corpus/case-20.md (Crankshaw v. City of Elgin, W.D. Tex. 2020)"],
  },
  // The judge's name and title printed in the caption under "Case No. 18-cv-14094".
  mied: {
    caption: { numberLabel: "Case No.", judge: "under-number" },
    evidence: ["shared/corpus/case-23.md (Exec. Ambulatory Surgical Ctr. v. State Farm, E.D. Mich. 2021)"],
  },
  // "22 Civ. 3034 (PAE) (GWG)" without a label; the judge's name and title printed under the title.
  nysd: {
    caption: { numberLabel: "", judge: "under-title" },
    evidence: ["shared/corpus/case-17.md (Espinal v. Sephora USA, Inc., S.D.N.Y. 2024)"],
  },
  // A column of ")" between the parties (or an MDL's "IN RE:" and member cases) and "Civil Action No." numbers.
  kyed: {
    caption: { divider: "parentheses", numberLabel: "Civil Action No." },
    evidence: [
      "shared/corpus/case-24.md (In re Darvocet, E.D. Ky. 2012: member cases 'Civil Action No. 2:11-175-DCR')",
      "https://es.slideshare.net/mzamoralaw/darvocet-ordergenerics",
      "https://law.justia.com/cases/federal/district-courts/kentucky/kyedce/2:2011cv00307/68441/59/",
    ],
  },
  // The boxed caption: a rule above the parties, ")" down their right, a rule below; "Civil Action No.".
  dcd: {
    caption: { divider: "parentheses", boxed: true, numberLabel: "Civil Action No." },
    evidence: [
      "https://cetient.com/case/4409913/blumenthal-v-trump (Blumenthal v. Trump, D.D.C. 2019)",
      "https://cetient.com/case/2668162/graham-v-ashcroft (Graham v. Mukasey, D.D.C. 2009)",
    ],
  },
} as const satisfies Record<string, DistrictCaptionForm>;
