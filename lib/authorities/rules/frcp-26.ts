import { defineRule } from "../define-authority";

/** Fed. R. Civ. P. 26. */
export default defineRule({
  id: "frcp-26",
  rules: "Fed. R. Civ. P.",
  number: "26",
  verification: { level: "cite", source: "official reporter", checked: "2026-11-22" },
  propositions: [],
});
