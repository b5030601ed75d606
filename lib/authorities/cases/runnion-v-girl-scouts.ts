import { defineCase } from "../define-authority";

const MITCHELL = "https://print.casetext.com/case/mitchell-v-st-louis-cnty-5";

/** *Runnion ex rel. Runnion v. Girl Scouts*: the Seventh Circuit on Rules 59(e) and 60(b) as extraordinary remedies. */
export default defineCase({
  id: "runnion-v-girl-scouts",
  name: "Runnion ex rel. Runnion v. Girl Scouts of Greater Chi. & Nw. Ind.",
  shortName: "Runnion",
  cite: { volume: 786, reporter: "F.3d", firstPage: 510 },
  court: "7th Cir.",
  year: 2015,
  decided: "2015-05-08",
  decidedSource: "http://ecases.us/case/ca7/c5064934/runnion-ex-rel-rsunnion-v-girl-scouts-of-greater-chicago",
  circuit: "7th",
  isDistrictCourt: false,
  verification: {
    level: "cite-and-pin",
    source: MITCHELL,
    checked: "2026-11-23",
    note: 'Cite, pin 521 and quotation seen as quoted in Mitchell v. St. Louis Cnty., No. 4:23-cv-00223-MTS (E.D. Mo. July 3, 2024) (AUTHORITIES.md R59-8), which adds "(internal quotations omitted)". No. 14-1729, argued Dec. 10, 2014, decided May 8, 2015 (slip opinion at the decidedSource URL).',
  },
  propositions: [
    {
      id: "extraordinary-remedies",
      pin: "521",
      quote: "provide extraordinary remedies reserved for the exceptional case",
      statement: 'Rules 59(e) and 60(b) "provide extraordinary remedies reserved for the exceptional case."',
      parenthetical: "internal quotation marks omitted",
      pinVerified: true,
      pinSource: MITCHELL,
    },
  ],
});
