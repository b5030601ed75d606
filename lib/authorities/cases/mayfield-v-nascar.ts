import { defineCase } from "../define-authority";

const MITCHELL = "https://print.casetext.com/case/mitchell-v-st-louis-cnty-5";

/** *Mayfield v. NASCAR*: the Fourth Circuit on Rule 59(e) as an extraordinary remedy. */
export default defineCase({
  id: "mayfield-v-nascar",
  name: "Mayfield v. Nat'l Ass'n for Stock Car Auto Racing, Inc.",
  shortName: "Mayfield",
  cite: { volume: 674, reporter: "F.3d", firstPage: 369 },
  court: "4th Cir.",
  year: 2012,
  decided: "2012-03-26",
  decidedSource: "http://sclawreview.org/mayfield-v-national-assn-for-stock-car-auto-racing-inc-no-10-2437/",
  circuit: "4th",
  isDistrictCourt: false,
  verification: {
    level: "cite-and-pin",
    source: MITCHELL,
    checked: "2026-11-23",
    note: "Cite, pin 378 and quotation seen as quoted in Mitchell v. St. Louis Cnty., No. 4:23-cv-00223-MTS (E.D. Mo. July 3, 2024) (AUTHORITIES.md R59-8). Decision date (Mar. 26, 2012; No. 10-2437) seen in a South Carolina Law Review case note and an Associated Press report of the same day, not in a copy of the opinion.",
  },
  propositions: [
    {
      id: "extraordinary-remedy",
      pin: "378",
      quote: "an extraordinary remedy that should be applied sparingly",
      statement: 'A motion under Rule 59(e) seeks "an extraordinary remedy that should be applied sparingly."',
      pinVerified: true,
      pinSource: MITCHELL,
    },
  ],
});
