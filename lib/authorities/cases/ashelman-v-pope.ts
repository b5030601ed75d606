import { defineCase } from "../define-authority";

/** *Ashelman v. Pope* (en banc): judges are absolutely immune from damages for judicial acts. */
export default defineCase({
  id: "ashelman-v-pope",
  name: "Ashelman v. Pope",
  shortName: "Ashelman",
  cite: { volume: 793, reporter: "F.2d", firstPage: 1072 },
  court: "9th Cir.",
  year: 1986,
  decided: "1986-07-08",
  decidedSource: "https://law.justia.com/cases/federal/appellate-courts/F2/793/1072/119053/",
  courtParentheticals: ["en banc"],
  circuit: "9th",
  isDistrictCourt: false,
  verification: {
    level: "cite",
    source: "https://law.justia.com/cases/federal/appellate-courts/F2/793/1072/119053/",
    checked: "2026-11-22",
    note: "No. 84-1580, decided July 8, 1986, amended Aug. 12, 1986 (Skopil, J.). The 793 F.2d text is the opinion as amended; `decided` is the original decision date (vLex gives the amended date as its decision date).",
  },
  propositions: [
    {
      id: "judicial-acts",
      pin: "1075",
      statement:
        "Judges are absolutely immune from liability for damages for acts performed in their judicial capacity.",
      pinVerified: false,
      note: 'Pin 1075 open. Ashelman speaks of judicial acts; seed 001\'s "official capacities" is corrected to "judicial capacity".',
    },
  ],
});
