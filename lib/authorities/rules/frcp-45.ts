import { defineRule } from "../define-authority";

/** Fed. R. Civ. P. 45. */
export default defineRule({
  id: "frcp-45",
  rules: "Fed. R. Civ. P.",
  number: "45",
  verification: { level: "cite", source: "official reporter", checked: "2026-11-22" },
  propositions: [],
});
