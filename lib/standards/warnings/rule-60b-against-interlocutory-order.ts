import type { WarningCheck } from "./warning-check";

/**
 * Rule 60(b) reaches a "final judgment, order, or proceeding"; an interlocutory order is
 * revisable under Rule 54(b) or the court's inherent power.
 * @see Fed. R. Civ. P. 54(b), 60(b)
 */
export const rule60bAgainstInterlocutoryOrder: WarningCheck = (draft, findings) =>
  findings.reconsideration.disposition !== "not-requested" &&
  findings.reconsideration.ruleApplied === "60b" &&
  draft.orderUnderReview.isFinalJudgment === false
    ? { code: "rule-60b-against-interlocutory-order", step: "reconsideration", suggest: "54b" }
    : undefined;
