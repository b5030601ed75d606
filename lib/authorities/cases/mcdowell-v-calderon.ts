import { defineCase } from "../define-authority";

/** *McDowell v. Calderon* (en banc) (per curiam): Rule 59(e) relief only in highly unusual circumstances. */
export default defineCase({
  id: "mcdowell-v-calderon",
  name: "McDowell v. Calderon",
  shortName: "McDowell",
  cite: { volume: 197, reporter: "F.3d", firstPage: 1253 },
  court: "9th Cir.",
  year: 1999,
  decided: "1999-12-01",
  decidedSource: "http://web.openjurist.org/197/f3d/1253/charles-mcdowell-jr-v-arthur-calderon",
  courtParentheticals: ["en banc", "per curiam"],
  circuit: "9th",
  isDistrictCourt: false,
  verification: {
    level: "cite-and-pin",
    source: "https://print.casetext.com/case/littlefield-v-wash-dept-of-corrs-3",
    checked: "2026-11-22",
    note: 'Seen as quoted in Allstate Ins. Co. v. Herron, 634 F.3d at 1111, and Herbst v. Cook, 260 F.3d 1039, 1044. Seed 002 omits "(en banc) (per curiam)".',
  },
  propositions: [
    {
      id: "highly-unusual-circumstances",
      pin: "1255",
      quote:
        "highly unusual circumstances, unless the district court is presented with newly discovered evidence, committed clear error, or if there is an intervening change in the controlling law",
      statement:
        'A Rule 59(e) motion should not be granted, absent "highly unusual circumstances, unless the district court is presented with newly discovered evidence, committed clear error, or if there is an intervening change in the controlling law."',
      pinVerified: true,
      pinSource: "https://print.casetext.com/case/littlefield-v-wash-dept-of-corrs-3",
      note: "The same words are 389 Orange St. Partners v. Arnold, 179 F.3d 656, 665 (9th Cir. 1999), as McDonald v. Cal. Dep't of Motor Vehicles, No. 2:21-cv-01561 (E.D. Cal. Oct. 17, 2022) quotes them (https://print.casetext.com/case/mcdonald-v-cal-dept-of-motor-vehicles-in-sacramento-cnty-3). Whether McDowell at 1255 puts them in quotation marks from 389 Orange St. was not seen (the copies show the opinion's opening only), so no (quoting …) parenthetical is printed and 389 Orange St. is not added.",
    },
    {
      id: "used-sparingly",
      pin: "1255 n.1",
      quote: "an extraordinary remedy which should be used sparingly",
      statement: 'Amending a judgment under Rule 59(e) is "an extraordinary remedy which should be used sparingly."',
      pinVerified: true,
      pinSource: "https://print.casetext.com/case/littlefield-v-wash-dept-of-corrs-3",
    },
  ],
});
