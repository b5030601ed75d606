import { defineCase } from "../define-authority";

/** *Judicial Watch, Inc. v. National Energy Policy Development Group* (D.D.C.): the standard D.D.C. source. */
export default defineCase({
  id: "judicial-watch-v-nepdg",
  name: "Judicial Watch, Inc. v. Nat'l Energy Pol'y Dev. Grp.",
  shortName: "Judicial Watch",
  cite: { volume: 233, reporter: "F. Supp. 2d", firstPage: 16 },
  court: "D.D.C.",
  year: 2002,
  decided: "2002-11-26",
  decidedSource: "http://casetext.com/case/judicial-watch-v-national-energy-policy-dev",
  circuit: "dc",
  isDistrictCourt: true,
  verification: {
    level: "cite-and-pin",
    source: "https://print.casetext.com/case/judicial-watch-v-national-energy-policy-dev/how-cited",
    checked: "2026-11-22",
    note: "Quotes and pins seen as quoted in later D.D.C. orders, e.g. Molock v. Whole Foods Mkt. Grp., 317 F. Supp. 3d 1, 4 (D.D.C. 2018).",
  },
  propositions: [
    {
      id: "controlling",
      pin: "19",
      quote:
        "would require reversal if decided incorrectly or . . . could materially affect the course of litigation with resulting savings of the court's or the parties' resources",
      statement:
        "A question of law is controlling if it \"would require reversal if decided incorrectly or . . . could materially affect the course of litigation with resulting savings of the court's or the parties' resources.\"",
      pinVerified: true,
      pinSource: "https://print.casetext.com/case/judicial-watch-v-national-energy-policy-dev/how-cited",
    },
    {
      id: "high-standard",
      pin: "20",
      quote:
        "strong congressional policy against piecemeal reviews, and against obstructing or impeding an ongoing judicial proceeding by interlocutory appeals",
      statement:
        'A movant must meet a high standard to overcome the "strong congressional policy against piecemeal reviews, and against obstructing or impeding an ongoing judicial proceeding by interlocutory appeals."',
      quoting: { authorityId: "united-states-v-nixon", propositionId: "piecemeal-policy" },
      pinVerified: true,
      pinSource: "https://print.casetext.com/case/judicial-watch-v-national-energy-policy-dev/how-cited",
    },
    {
      id: "burden",
      pin: "20",
      statement:
        "The party seeking certification bears the burden of showing that all three elements of § 1292(b) are met.",
      pinVerified: true,
      pinSource: "https://print.casetext.com/case/judicial-watch-v-national-energy-policy-dev/how-cited",
    },
  ],
});
