import { defineCase } from "../define-authority";

/** *Moore v. Brewster*: judicial immunity extends to declaratory and injunctive relief (superseded by statute on other grounds). */
export default defineCase({
  id: "moore-v-brewster",
  name: "Moore v. Brewster",
  shortName: "Moore",
  cite: { volume: 96, reporter: "F.3d", firstPage: 1240 },
  court: "9th Cir.",
  year: 1996,
  decided: "1996-09-23",
  decidedSource: "https://law.justia.com/cases/federal/appellate-courts/F3/96/1240/503401/",
  circuit: "9th",
  isDistrictCourt: false,
  subsequentHistory: [
    {
      text: "*superseded by statute on other grounds*, Federal Courts Improvement Act of 1996, Pub. L. No. 104-317, § 309(c), 110 Stat. 3853",
      negative: true,
      // The statute and its page are verified; that it superseded Moore was not seen in a court's words.
      verified: false,
    },
  ],
  cautions: [
    'Section 309(c) of the Federal Courts Improvement Act of 1996 (Pub. L. No. 104-317, Oct. 19, 1996, 110 Stat. 3853) added to 42 U.S.C. § 1983 the bar on injunctive relief against a judicial officer (source credit seen at https://vdocuments.site/liiuscti42ch21scise1983.html). That it superseded Moore "on other grounds" is the seed\'s characterization, not seen in a court\'s words; the Act\'s first page in the Statutes at Large (3847 in the research notes) was not seen. Consider an "as recognized in" case before filing.',
  ],
  verification: {
    level: "cite",
    source: "https://case-law.vlex.com/vid/moore-v-brewster-94-890034232",
    checked: "2026-11-22",
    note: "Nos. 94-56334, 94-56429; submitted Aug. 9, decided Sept. 23, 1996 (Fletcher, J.) (law.justia.com; vlex gives the submission date as the decision date). Proposition seen in a summary: https://www.studicata.com/summaries/united-states-court-of-appeals-ninth-circuit/moore-v-brewster-1996-716x20",
  },
  propositions: [
    {
      id: "equitable-relief",
      pin: "1243",
      quote:
        "is not limited to immunity from damages, but extends to actions for declaratory, injunctive and other equitable relief",
      statement:
        'Judicial immunity "is not limited to immunity from damages, but extends to actions for declaratory, injunctive and other equitable relief."',
      pinVerified: false,
      note: 'Quotation as seed 001 prints it; a summary confirms the "extends to actions for declaratory, injunctive and other equitable relief" point, not the page or the full words. The point traces to Mullis v. U.S. Bankr. Ct., 828 F.2d 1385, 1394 (9th Cir. 1987) (pin open).',
    },
  ],
});
