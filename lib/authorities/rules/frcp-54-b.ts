import { defineRule } from "../define-authority";

/** Fed. R. Civ. P. 54(b): interlocutory orders may be revised before final judgment. */
export default defineRule({
  id: "frcp-54-b",
  rules: "Fed. R. Civ. P.",
  number: "54(b)",
  verification: {
    level: "cite",
    source: "official reporter",
    checked: "2026-11-22",
    note: "The last sentence's wording is not yet confirmed (AUTHORITIES.md §c.2, §f item 17).",
  },
  propositions: [
    {
      id: "revisable",
      statement:
        "An order that adjudicates fewer than all the claims, or the rights and liabilities of fewer than all the parties, does not end the action and may be revised at any time before the entry of a judgment adjudicating all the claims and all the parties' rights and liabilities.",
      pinVerified: false,
      note: "Paraphrase of the rule's last sentence; wording not confirmed.",
    },
  ],
});
