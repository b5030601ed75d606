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
      text: "*superseded by statute on other grounds*, Federal Courts Improvement Act of 1996, Pub. L. No. 104-317, § 309(c)",
      negative: true,
      verified: false,
    },
  ],
  cautions: [
    'The superseding statute (Federal Courts Improvement Act of 1996, Pub. L. No. 104-317, § 309(c)) is named from the research notes and has not been confirmed in a source; check it, and consider adding an "as recognized in" case, before filing.',
  ],
  verification: {
    level: "cite",
    source: "https://case-law.vlex.com/vid/moore-v-brewster-94-890034232",
    checked: "2026-11-22",
    note: "Nos. 94-56334, 94-56429, decided Aug. 9, 1996 (Fletcher, J.). Proposition seen in a summary: https://www.studicata.com/summaries/united-states-court-of-appeals-ninth-circuit/moore-v-brewster-1996-716x20",
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
