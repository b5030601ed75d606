import type { WarningCheck } from "./warning-check";

/**
 * Rule 59(e) reaches a judgment; an interlocutory order is revisable under Rule 54(b) or the
 * court's inherent power (seed 002 applied Rule 59(e) to an order denying leave to amend).
 * @see Fed. R. Civ. P. 54(b), 59(e)
 */
export const rule59eAgainstInterlocutoryOrder: WarningCheck = (draft, findings) =>
  findings.reconsideration.disposition !== "not-requested" &&
  findings.reconsideration.ruleApplied === "59e" &&
  draft.orderUnderReview.isFinalJudgment === false
    ? { code: "rule-59e-against-interlocutory-order", step: "reconsideration", suggest: "54b" }
    : undefined;
