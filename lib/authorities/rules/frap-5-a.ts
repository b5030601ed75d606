import { defineRule } from "../define-authority";

/** Fed. R. App. P. 5(a): petition for permission to appeal. */
export default defineRule({
  id: "frap-5-a",
  rules: "Fed. R. App. P.",
  number: "5(a)",
  verification: {
    level: "cite-and-pin",
    source: "http://www.ca2.uscourts.gov/clerk/Rules/FRAP/Rule_5.htm",
    checked: "2026-11-22",
    note: "(a)(2) and (a)(3) identical before and after the 2019 amendment; current (a)(1) wording at https://kansasombudsmanksgov.com/article/rule-5-appeal-by-permission.",
  },
  propositions: [
    {
      id: "petition-time",
      quote: "The petition must be filed within the time specified by the statute or rule authorizing the appeal",
      statement:
        '"The petition must be filed within the time specified by the statute or rule authorizing the appeal"; for § 1292(b), that is within ten days after entry of the order.',
      pinVerified: true,
      pinSource: "http://www.ca2.uscourts.gov/clerk/Rules/FRAP/Rule_5.htm",
    },
  ],
});
