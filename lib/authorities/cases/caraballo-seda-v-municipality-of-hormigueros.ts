import { defineCase } from "../define-authority";

const RI_DOC = "http://print.casetext.com/case/united-states-v-ri-dept-of-corr-1";

/** *Caraballo-Seda v. Municipality of Hormigueros*: no interlocutory appeal, as a rule, from the denial of a motion to dismiss. */
export default defineCase({
  id: "caraballo-seda-v-municipality-of-hormigueros",
  name: "Caraballo-Seda v. Municipality of Hormigueros",
  shortName: "Caraballo-Seda",
  cite: { volume: 395, reporter: "F.3d", firstPage: 7 },
  court: "1st Cir.",
  year: 2005,
  decided: "2005-01-12",
  decidedSource: "https://law.justia.com/cases/federal/appellate-courts/F3/395/7/642640/",
  circuit: "1st",
  isDistrictCourt: false,
  verification: {
    level: "cite-and-pin",
    source: "https://law.justia.com/cases/federal/appellate-courts/F3/395/7/642640/",
    checked: "2026-11-23",
    note: "Decided Jan. 12, 2005, Nos. 03-2568, 03-2569 (Torruella, J.); the court vacated its order allowing the § 1292(b) appeal as improvidently granted. Pin 9 confirmed 2026-11-23 as quoted in United States v. R.I. Dep't of Corr., C.A. No. 14-78 S (D.R.I. Sept. 21, 2015).",
  },
  cautions: ["Its rule concerns orders denying a motion to dismiss: cite it only when that is the order under review."],
  propositions: [
    {
      id: "motion-to-dismiss",
      pin: "9",
      quote:
        "policy preference against piecemeal litigation, as well as prudential concerns about mootness, ripeness, and lengthy appellate proceedings",
      statement:
        'As a general rule, the Court of Appeals does not grant interlocutory appeals from the denial of a motion to dismiss, because of its "policy preference against piecemeal litigation, as well as prudential concerns about mootness, ripeness, and lengthy appellate proceedings."',
      citationOmitted: true,
      pinVerified: true,
      pinSource: RI_DOC,
      note: 'The R.I. order prints the quotation with "(citation omitted)"; the "sparingly and only in exceptional circumstances" words AUTHORITIES.md 1-1 attributes to this page (quoting McGillicuddy v. Clements) were not seen.',
    },
  ],
});
