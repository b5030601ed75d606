import { defineRule } from "../define-authority";

/** Fed. R. Civ. P. 60(b): relief from a final judgment, order, or proceeding. */
export default defineRule({
  id: "frcp-60-b",
  rules: "Fed. R. Civ. P.",
  number: "60(b)",
  verification: {
    level: "cite-and-pin",
    source: "https://print.casetext.com/case/admiral-insurance-company-v-hosler",
    checked: "2026-11-23",
    note: "Opening words of Rule 60(b) (2008 text) seen 2026-11-23 as quoted in Admiral Ins. Co. v. Hosler (D. Colo. Aug. 28, 2008); the full current list of grounds is not confirmed.",
  },
  propositions: [
    {
      id: "final-judgment-only",
      quote: "relieve a party or its legal representative from a final judgment, order, or proceeding",
      statement:
        'Rule 60(b) allows the court to "relieve a party or its legal representative from a final judgment, order, or proceeding"; it does not reach interlocutory orders.',
      pinVerified: true,
      pinSource: "https://print.casetext.com/case/admiral-insurance-company-v-hosler",
      note: 'The conclusion that Rule 60(b) does not reach interlocutory orders rests on the word "final" (AUTHORITIES.md §c.3, R60-1).',
    },
  ],
});
