import { defineCase } from "../define-authority";

/** *Exxon Shipping Co. v. Baker*: Rule 59(e) may not be used to relitigate old matters. */
export default defineCase({
  id: "exxon-shipping-v-baker",
  name: "Exxon Shipping Co. v. Baker",
  shortName: "Exxon Shipping",
  cite: { volume: 554, reporter: "U.S.", firstPage: 471 },
  court: "",
  year: 2008,
  decided: "2008-06-25",
  decidedSource: "https://vdocument.in/exxon-shipping-co-v-baker-128-s-ct-2605-2008.html",
  circuit: "scotus",
  isDistrictCourt: false,
  verification: {
    level: "cite-and-pin",
    source: "http://print.casetext.com/case/wallace-v-united-states-88",
    checked: "2026-11-22",
    note: "Parallel 128 S. Ct. 2605, 2617 n.5. The Court there quotes 11 C. Wright & A. Miller, Federal Practice and Procedure § 2810.1 (2d ed. 1995).",
  },
  propositions: [
    {
      id: "no-relitigation",
      pin: "485 n.5",
      statement:
        "Rule 59(e) may not be used to relitigate old matters, to raise new arguments, or to present evidence that could have been raised before the entry of judgment.",
      pinVerified: true,
      pinSource: "https://print.casetext.com/case/jbf-v-ky-dept-of-educ-1/how-cited",
    },
  ],
});
