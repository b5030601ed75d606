import { defineRule } from "../define-authority";

/** Fed. R. Civ. P. 15. */
export default defineRule({
  id: "frcp-15",
  rules: "Fed. R. Civ. P.",
  number: "15",
  verification: { level: "cite", source: "official reporter", checked: "2026-11-22" },
  propositions: [],
});
