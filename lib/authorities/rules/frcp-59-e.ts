import { defineRule } from "../define-authority";

/** Fed. R. Civ. P. 59(e): motion to alter or amend a judgment. */
export default defineRule({
  id: "frcp-59-e",
  rules: "Fed. R. Civ. P.",
  number: "59(e)",
  verification: {
    level: "cite-and-pin",
    source: "https://lawsintexas.com/?p=22964",
    checked: "2026-11-23",
    note: "Rule 59(e)'s text seen 2026-11-23 in a secondary copy; also paraphrased in Littlefield v. Wash. Dep't of Corr. (W.D. Wash. 2024). Rule 59(e) reaches judgments, not interlocutory orders (AUTHORITIES.md §c.1).",
  },
  cautions: [
    "Rule 59(e) applies to a judgment; reconsideration of an interlocutory order is governed by Rule 54(b) or the court's inherent power.",
  ],
  propositions: [
    {
      id: "twenty-eight-days",
      quote:
        "A motion to alter or amend a judgment must be filed no later than 28 days after the entry of the judgment",
      statement:
        '"A motion to alter or amend a judgment must be filed no later than 28 days after the entry of the judgment."',
      pinVerified: true,
      pinSource: "https://lawsintexas.com/?p=22964",
    },
  ],
});
