import { defineCase } from "../define-authority";

const MITCHELL = "https://print.casetext.com/case/mitchell-v-st-louis-cnty-5";

/** *Perez v. Lorraine Enterprises, Inc.*: the First Circuit on Rule 59(e) as an extraordinary remedy. */
export default defineCase({
  id: "perez-v-lorraine-enterprises",
  name: "Perez v. Lorraine Enters., Inc.",
  shortName: "Perez",
  cite: { volume: 769, reporter: "F.3d", firstPage: 23 },
  court: "1st Cir.",
  year: 2014,
  decided: "2014-10-01",
  decidedSource: "http://ri.findacase.com/research/wfrmDocViewer.aspx/xq/fac.20141001_0000297.C01.htm/qx",
  circuit: "1st",
  isDistrictCourt: false,
  verification: {
    level: "cite-and-pin",
    source: MITCHELL,
    checked: "2026-11-23",
    note: "Cite, pin 32 and quotation seen as quoted in Mitchell v. St. Louis Cnty., No. 4:23-cv-00223-MTS (E.D. Mo. July 3, 2024) (AUTHORITIES.md R59-8). Decided Oct. 1, 2014, per the findacase copy of the opinion (its page markers show 24-26; the last page was not reached).",
  },
  propositions: [
    {
      id: "extraordinary-remedy",
      pin: "32",
      quote: "extraordinary remedy, to be used sparingly",
      statement: 'Relief under Rule 59(e) is an "extraordinary remedy, to be used sparingly."',
      pinVerified: true,
      pinSource: MITCHELL,
      note: 'Mitchell quotes the sentence as "Rule 59(e) is an extraordinary remedy, to be used sparingly."',
    },
  ],
});
