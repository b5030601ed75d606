import { defineCase } from "../define-authority";

const SOURCE = "http://ecases.us/mobile/case/ca7/c1876256/philip-groves-v-united-states";

/** *Groves v. United States*: re-entering or recertifying a certified order does not restart § 1292(b)'s ten days. */
export default defineCase({
  id: "groves-v-united-states",
  name: "Groves v. United States",
  shortName: "Groves",
  cite: { volume: 941, reporter: "F.3d", firstPage: 315 },
  court: "7th Cir.",
  year: 2019,
  decided: "2019-10-25",
  decidedSource: SOURCE,
  circuit: "7th",
  isDistrictCourt: false,
  verification: {
    level: "cite",
    source: "https://www.taxnotes.com/lr/resolve/2b2d1",
    checked: "2026-12-05",
    note: 'Tax Notes lists the parallel citations "941 F.3d 315" and "2019 WL 5481249"; Casetext heads it "941 F.3d 315 (7th Cir. 2019)" (http://print.casetext.com/case/groves-v-united-states-19/case-summaries). No. 17-2937; argued Dec. 3, 2018, decided Oct. 25, 2019 (Sykes, Barrett and St. Eve, JJ.; Barrett, J.). The court overruled its own earlier rule (Nuclear Engineering Co.).',
  },
  propositions: [
    {
      id: "no-restart-by-recertifying",
      quote:
        "we were wrong to hold that district courts can extend the ten-day window by simply reentering or recertifying their orders",
      statement:
        'A district court cannot restart § 1292(b)\'s ten days: the Seventh Circuit held that "we were wrong to hold that district courts can extend the ten-day window by simply reentering or recertifying their orders."',
      pinVerified: false,
      note: "The opinion's opening paragraph, seen at ecases.us and Tax Notes; the reporter page (315 or 316) was not seen.",
    },
  ],
});
