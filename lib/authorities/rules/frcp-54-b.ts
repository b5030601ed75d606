import { defineRule } from "../define-authority";

const SOURCE = "https://print.casetext.com/case/gatte-v-ready-for-a-change-llc-1";

/** Fed. R. Civ. P. 54(b): interlocutory orders may be revised before final judgment. */
export default defineRule({
  id: "frcp-54-b",
  rules: "Fed. R. Civ. P.",
  number: "54(b)",
  verification: {
    level: "cite-and-pin",
    source: SOURCE,
    checked: "2026-12-05",
    note: 'The last sentence seen as quoted in full by Gatte v. Ready for a Change, LLC, No. 2:11-cv-2083 (W.D. La. July 30, 2015) (the source above), and its words "may be revised at any time" by Marks v. Helicopters, No. 15-01735 (W.D. La. Sept. 28, 2017) (https://print.casetext.com/case/marks-v-helicopters).',
  },
  propositions: [
    {
      id: "revisable",
      quote: "may be revised at any time",
      statement:
        'An order that adjudicates fewer than all the claims, or the rights and liabilities of fewer than all the parties, does not end the action and "may be revised at any time" before the entry of a judgment adjudicating all the claims and all the parties\' rights and liabilities.',
      pinVerified: true,
      pinSource: SOURCE,
    },
  ],
});
