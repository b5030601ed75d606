import type { CountingRule, DeadlineId, DeadlineTrigger } from "./schema";

/**
 * The periods around a § 1292(b) order, as data with their sources. Every one is counted under
 * FRAP 26(a)(1) or the identical Fed. R. Civ. P. 6(a)(1).
 */
export const DEADLINE_RULES = [
  {
    id: "petition",
    title: "Petition for permission to appeal",
    days: 10,
    trigger: "order-entered",
    rule: "frap-26-a-1",
    source: "28 U.S.C. § 1292(b); FRAP 5(a)(2)",
    // FRAP 26(b)(1): "the court may not extend the time to file … a petition for permission to appeal".
    isExtendable: false,
  },
  {
    id: "answer-or-cross-petition",
    title: "Answer in opposition or cross-petition",
    days: 10,
    trigger: "petition-served",
    rule: "frap-26-a-1",
    source: "FRAP 5(b)(2)",
    isExtendable: true,
  },
  {
    id: "perfect-appeal",
    title: "Pay the fees and file any cross-appeal bond (perfect the appeal)",
    days: 14,
    trigger: "permission-order-entered",
    rule: "frap-26-a-1",
    source: "FRAP 5(d)(1)",
    isExtendable: true,
  },
  {
    id: "rule-59e",
    title: "Motion to alter or amend the judgment",
    days: 28,
    trigger: "judgment-entered",
    rule: "frcp-6-a-1",
    source: "Fed. R. Civ. P. 59(e)",
    // Fed. R. Civ. P. 6(b)(2): "A court must not extend the time to act under Rules … 59(b), (d), and (e)".
    isExtendable: false,
  },
] as const satisfies readonly {
  id: DeadlineId;
  title: string;
  days: number;
  trigger: DeadlineTrigger;
  rule: CountingRule;
  source: string;
  isExtendable: boolean;
}[];
