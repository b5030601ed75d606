import type { ReconsiderationRule } from "@/lib/motion/schema";

/** How an order names each reconsideration vehicle in prose. */
export const RECONSIDERATION_RULE_NAMES: Record<ReconsiderationRule, string> = {
  "59e": "Federal Rule of Civil Procedure 59(e)",
  "54b": "Federal Rule of Civil Procedure 54(b)",
  "60b": "Federal Rule of Civil Procedure 60(b)",
  "local-rule": "the Local Rules",
  "inherent-power": "the Court's inherent power",
};
