import { defineCase } from "../define-authority";

/** *Swint v. Chambers County Commission*: Congress gave district courts "first line discretion" under § 1292(b). */
export default defineCase({
  id: "swint-v-chambers-county",
  name: "Swint v. Chambers Cnty. Comm'n",
  shortName: "Swint",
  cite: {
    volume: 514,
    reporter: "U.S.",
    firstPage: 35,
    lastPage: 51,
    lastPageSource: "https://law.onecle.com/ussc/514/514us51.html",
  },
  court: "",
  year: 1995,
  decided: "1995-03-01",
  decidedSource: "https://law.onecle.com/ussc/514/514us35.html",
  circuit: "scotus",
  isDistrictCourt: false,
  verification: {
    level: "cite-and-pin",
    source: "https://law.onecle.com/ussc/514/514us47.html",
    checked: "2026-11-22",
    note: 'First page and decision date (Mar. 1, 1995) also at https://app.midpage.ai/document/swint-v-chambers-county-commission-117906 . Last page 51 seen at the lastPageSource URL: onecle\'s page 17 of 17 ends the opinion of the Court (unanimous, Ginsburg, J.) with "It is so ordered." and no separate opinion follows.',
  },
  propositions: [
    {
      id: "first-line-discretion",
      pin: "47",
      quote: "Congress thus chose to confer on district courts first line discretion to allow interlocutory appeals",
      statement:
        '"Congress thus chose to confer on district courts first line discretion to allow interlocutory appeals."',
      pinVerified: true,
      pinSource: "https://law.onecle.com/ussc/514/514us47.html",
    },
    {
      id: "two-tiered",
      pin: "47",
      quote: "two-tiered arrangement",
      statement:
        'Section 1292(b) creates a "two-tiered arrangement": the district court certifies, and the court of appeals then decides whether to permit the appeal.',
      pinVerified: true,
      pinSource: "https://law.onecle.com/ussc/514/514us47.html",
    },
  ],
});
