import { defineCase } from "../define-authority";

/** *Kona Enterprises, Inc. v. Estate of Bishop*: Rule 59(e) is an extraordinary remedy. */
export default defineCase({
  id: "kona-v-estate-of-bishop",
  name: "Kona Enters., Inc. v. Estate of Bishop",
  shortName: "Kona Enters.",
  cite: { volume: 229, reporter: "F.3d", firstPage: 877 },
  court: "9th Cir.",
  year: 2000,
  decided: "2000-10-06",
  decidedSource: "http://web.openjurist.org/229/f3d/877",
  circuit: "9th",
  isDistrictCourt: false,
  verification: {
    level: "cite-and-pin",
    source: "https://print.casetext.com/case/mitchell-v-st-louis-cnty-5",
    checked: "2026-11-22",
  },
  propositions: [
    {
      id: "extraordinary-remedy",
      pin: "890",
      quote:
        "extraordinary remedy, to be used sparingly in the interests of finality and conservation of judicial resources",
      statement:
        'Rule 59(e) offers an "extraordinary remedy, to be used sparingly in the interests of finality and conservation of judicial resources."',
      quotingText: "12 James Wm. Moore et al., *Moore's Federal Practice* § 59.30[4] (3d ed. 2000)",
      pinVerified: true,
      pinSource: "https://print.casetext.com/case/mitchell-v-st-louis-cnty-5",
    },
  ],
});
