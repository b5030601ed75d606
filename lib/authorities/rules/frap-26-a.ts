import { defineRule } from "../define-authority";

/** Fed. R. App. P. 26(a): computing time. */
export default defineRule({
  id: "frap-26-a",
  rules: "Fed. R. App. P.",
  number: "26(a)",
  verification: {
    level: "cite",
    source: "https://www.yumpu.com/en/document/view/65850181/federal-rules-of-appellate-procedure-2014-2015-2014a/96",
    checked: "2026-11-22",
    note: "Current (a)(1) wording verified only through the 2009 Committee Note.",
  },
  propositions: [
    {
      id: "count-every-day",
      statement:
        "In computing a period stated in days, exclude the day of the triggering event, count every day including intermediate Saturdays, Sundays, and legal holidays, and include the last day unless it is a Saturday, Sunday, or legal holiday, in which case the period runs to the next day that is not.",
      pinVerified: false,
      note: "Paraphrase of FRAP 26(a)(1)(A)-(C); only the 2009 Committee Note was seen.",
    },
  ],
});
