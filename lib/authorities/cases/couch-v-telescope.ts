import { defineCase } from "../define-authority";

/** *Couch v. Telescope Inc.*: all three requirements must be met; what counts as a substantial ground. */
export default defineCase({
  id: "couch-v-telescope",
  name: "Couch v. Telescope Inc.",
  shortName: "Couch",
  cite: { volume: 611, reporter: "F.3d", firstPage: 629 },
  court: "9th Cir.",
  year: 2010,
  decided: "2010-07-08",
  decidedSource: "http://casetext.com/case/couch-v-telescope-inc",
  circuit: "9th",
  isDistrictCourt: false,
  verification: {
    level: "cite-and-pin",
    source: "http://casetext.com/case/couch-v-telescope-inc",
    checked: "2026-11-22",
    note: "Filed July 8, 2010, Nos. 08-56357, 08-56360.",
  },
  propositions: [
    {
      id: "all-three-required",
      pin: "633",
      statement: "A party seeking certification must establish that all three requirements of § 1292(b) are met.",
      pinVerified: true,
      pinSource: "http://elawyers.us/opinion/cand/2014/infdco20141014d87/guidiville-rancheria-of-california-v-u-s-",
    },
    {
      id: "jurisdictional",
      pin: "632-33",
      statement: "The requirements of § 1292(b) are jurisdictional.",
      parenthetical: "noting the statutory restrictions of 28 U.S.C. § 1292(b) are jurisdictional",
      pinVerified: true,
      pinSource: "http://casetext.com/case/aldapa-v-fowler-packing-co-5",
    },
    {
      id: "substantial-ground-circumstances",
      pin: "633",
      statement:
        "A substantial ground for difference of opinion may exist where the circuits are in dispute on the question and the court of appeals has not spoken on it, or where novel and difficult questions of first impression are presented.",
      pinVerified: false,
      note: "The pin for this list is open (AUTHORITIES.md §f item 8).",
    },
    {
      id: "mere-disagreement",
      pin: "633",
      statement:
        "A party's disagreement with the court's ruling does not make a substantial ground for difference of opinion, and a single non-binding advisory opinion is not a substantial ground.",
      pinVerified: false,
      note: "Holding seen in a Casetext summary; pin open.",
    },
  ],
});
