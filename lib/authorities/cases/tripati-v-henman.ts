import { defineCase } from "../define-authority";

/** *Tripati v. Henman* (845 F.2d 205): a Rule 59(e) motion seeks a substantive change of mind by the court. */
export default defineCase({
  id: "tripati-v-henman",
  name: "Tripati v. Henman",
  shortName: "Tripati",
  cite: { volume: 845, reporter: "F.2d", firstPage: 205 },
  court: "9th Cir.",
  year: 1988,
  decided: "1988-04-25",
  decidedSource: "http://casetext.com/case/tripati-v-henman-2",
  courtParentheticals: ["per curiam"],
  circuit: "9th",
  isDistrictCourt: false,
  verification: {
    level: "cite",
    source: "http://casetext.com/case/tripati-v-henman-2",
    checked: "2026-11-22",
    note: 'Nos. 87-2039, 87-2202, decided Apr. 25, 1988, per curiam (re-seen 2026-11-23). Not the Aug. 1988 Tripati v. Henman, 857 F.2d 1366. Seed 002 omits "(per curiam)". vLex gives Apr. 13, 1988, the submission date.',
  },
  propositions: [
    {
      id: "substantive-change",
      pin: "206 n.1",
      quote: "a substantive change of mind by the court",
      statement: 'A Rule 59(e) motion seeks "a substantive change of mind by the court."',
      pinVerified: false,
      note: "Quotation as seed 002 prints it; footnote 1 at 206 not yet seen (AUTHORITIES.md §f item 15).",
    },
  ],
});
