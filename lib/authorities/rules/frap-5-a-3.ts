import { defineRule } from "../define-authority";

/** Fed. R. App. P. 5(a)(3): amending an order to add the § 1292(b) statement. */
export default defineRule({
  id: "frap-5-a-3",
  rules: "Fed. R. App. P.",
  number: "5(a)(3)",
  verification: {
    level: "cite-and-pin",
    source: "http://www.ca2.uscourts.gov/clerk/Rules/FRAP/Rule_5.htm",
    checked: "2026-11-22",
  },
  propositions: [
    {
      id: "amend-order",
      quote:
        "the district court may amend its order, either on its own or in response to a party's motion, to include the required permission or statement",
      statement:
        'If a party cannot petition for appeal unless the district court first states that the necessary conditions are met, "the district court may amend its order, either on its own or in response to a party\'s motion, to include the required permission or statement."',
      pinVerified: true,
      pinSource: "http://www.ca2.uscourts.gov/clerk/Rules/FRAP/Rule_5.htm",
    },
    {
      id: "time-runs-from-amended-order",
      quote: "the time to petition runs from entry of the amended order",
      statement:
        'When the district court amends its order to include the statement, "the time to petition runs from entry of the amended order."',
      pinVerified: true,
      pinSource: "http://www.ca2.uscourts.gov/clerk/Rules/FRAP/Rule_5.htm",
    },
  ],
});
