import { defineCase } from "../define-authority";

/** *Mohawk Industries, Inc. v. Carpenter*: § 1292(b) certification as a route for important interlocutory rulings. */
export default defineCase({
  id: "mohawk-v-carpenter",
  name: "Mohawk Indus., Inc. v. Carpenter",
  shortName: "Mohawk",
  cite: { volume: 558, reporter: "U.S.", firstPage: 100 },
  court: "",
  year: 2009,
  decided: "2009-12-08",
  decidedSource: "https://fdocuments.in/document/mohawk-industries-inc-v-carpenter-558-us-100-2009.html",
  circuit: "scotus",
  isDistrictCourt: false,
  verification: {
    level: "cite",
    source: "https://case-law.vlex.com/vid/mohawk-indus-inc-v-885276452",
    checked: "2026-11-22",
    note: "558 U.S. 100; 130 S. Ct. 599; decided Dec. 8, 2009.",
  },
  propositions: [
    {
      id: "certification-route",
      pin: "110-11",
      statement:
        "Section 1292(b) certification remains available for interlocutory rulings that involve a new legal question or are of special consequence, and district courts should consider it in such cases.",
      pinVerified: false,
      note: "Pin 110-11 and wording open (AUTHORITIES.md §f item 4).",
    },
  ],
});
