import { defineCase } from "../define-authority";

/** *James v. Price Stern Sloan, Inc.*: § 1292(b) "must be construed narrowly" (footnote dictum). */
export default defineCase({
  id: "james-v-price-stern-sloan",
  name: "James v. Price Stern Sloan, Inc.",
  shortName: "James",
  cite: { volume: 283, reporter: "F.3d", firstPage: 1064 },
  court: "9th Cir.",
  year: 2002,
  decided: "2002-03-12",
  decidedSource: "http://casetext.com/case/james-v-price-stern-sloan-inc",
  circuit: "9th",
  isDistrictCourt: false,
  cautions: [
    "James is a § 1291 finality case; its § 1292(b) sentence is footnote dictum.",
    "Footnote 6's page is unsettled: seed 001 and many orders pin it at 1067 n.6, Guidiville Rancheria at 1068 n.6, and no source showing the reporter page was found. Check the reporter before filing.",
  ],
  verification: {
    level: "cite",
    source: "http://casetext.com/case/james-v-price-stern-sloan-inc",
    checked: "2026-11-22",
    note: "No. 00-35321, filed Mar. 12, 2002 (Kozinski, J.). Footnote 6 quotation seen as quoted in Guidiville Rancheria (N.D. Cal. 2014), which pins it at 1068 n.6.",
  },
  propositions: [
    {
      id: "construed-narrowly",
      pin: "1067 n.6",
      quote:
        "Section 1292(b) is a departure from the normal rule that only final judgments are appealable, and therefore must be construed narrowly",
      statement:
        '"Section 1292(b) is a departure from the normal rule that only final judgments are appealable, and therefore must be construed narrowly."',
      pinVerified: false,
      pinSource: "http://elawyers.us/opinion/cand/2014/infdco20141014d87/guidiville-rancheria-of-california-v-u-s-",
      note: "Pin conflict: seed 001 and many orders say 1067 n.6; Guidiville Rancheria says 1068 n.6. The words are confirmed; the page of footnote 6 is open (AUTHORITIES.md §f item 9).",
    },
  ],
});
