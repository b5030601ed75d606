import { defineCase } from "../define-authority";

/** *Villarreal v. Caremark LLC* (D. Ariz.): all three requirements must be met. */
export default defineCase({
  id: "villarreal-v-caremark",
  name: "Villarreal v. Caremark LLC",
  shortName: "Villarreal",
  cite: { volume: 85, reporter: "F. Supp. 3d", firstPage: 1063 },
  court: "D. Ariz.",
  year: 2015,
  decided: "2015-02-02",
  decidedSource: "http://casetext.com/case/villarreal-v-caremark-llc-3",
  circuit: "9th",
  isDistrictCourt: true,
  verification: {
    level: "cite-and-pin",
    source: "http://casetext.com/case/villarreal-v-caremark-llc-3",
    checked: "2026-11-22",
    note: "No. CV-14-00652-PHX-DJH, Feb. 2, 2015 (Humetewa, J.). Seed 002 cites Villarreal for the burden sentence, which Reilly v. Wozniak attributes to Fukuda; use Fukuda for it.",
  },
  propositions: [
    {
      id: "all-three-required",
      pin: "1067",
      quote: "must be met for certification to issue",
      statement: 'All three requirements "must be met for certification to issue" under § 1292(b).',
      pinVerified: true,
      pinSource: "https://print.casetext.com/case/reilly-v-wozniak-3",
    },
  ],
});
