import { defineCase } from "../define-authority";

/** *United States v. Adam Bros. Farming, Inc.* (C.D. Cal.): the purpose of § 1292(b). */
export default defineCase({
  id: "united-states-v-adam-bros",
  name: "United States v. Adam Bros. Farming, Inc.",
  shortName: "Adam Bros. Farming",
  cite: { volume: 369, reporter: "F. Supp. 2d", firstPage: 1180 },
  court: "C.D. Cal.",
  year: 2004,
  decided: "2004-07-12",
  decidedSource: "http://casetext.com/case/us-v-adam-bros-farming",
  circuit: "9th",
  isDistrictCourt: true,
  verification: {
    level: "cite",
    source: "http://casetext.com/case/us-v-adam-bros-farming",
    checked: "2026-11-22",
    note: 'No. CV 00-07409 CAS, July 12, 2004 (Snyder, J.), "Order Denying Certification for Interlocutory Appeal"; star page *1181 after the opening (https://cetient.com/case/2361196/united-states-v-adam-bros-farming-inc). Conflict: midpage lists the order at 369 F. Supp. 2d 1172; two sources support 1180.',
  },
  propositions: [
    {
      id: "purpose",
      pin: "1182",
      quote:
        "facilitate disposition of the action by getting a final decision on a controlling legal issue sooner, rather than later",
      extraQuotes: ["save the courts and the litigants unnecessary trouble and expense"],
      statement:
        'The purpose of § 1292(b) is to "facilitate disposition of the action by getting a final decision on a controlling legal issue sooner, rather than later" in order to "save the courts and the litigants unnecessary trouble and expense."',
      citationOmitted: true,
      pinVerified: false,
      note: "Quotations as seed 001 prints them; pin 1182 open (AUTHORITIES.md §f item 15).",
    },
  ],
});
