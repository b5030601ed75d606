import type { WarningCheck } from "./warning-check";

/**
 * Rule 59(e) reaches a "judgment" (Rule 54(a): "a decree and any order from which an appeal
 * lies"); an interlocutory order "may be revised at any time" under Rule 54(b). Raised when the
 * court keeps Rule 59(e) for one (seed 002 applied it to an order denying leave to amend): the
 * order then applies Rule 54(b), and the clerk should see why.
 * @see Fed. R. Civ. P. 54(a), 54(b), 59(e)
 */
export const rule59eAgainstInterlocutoryOrder: WarningCheck = (_draft, findings) =>
  findings.reconsideration.disposition !== "not-requested" && findings.reconsideration.ruleDisplaced === "59e"
    ? { code: "rule-59e-against-interlocutory-order", step: "reconsideration", suggest: "54b" }
    : undefined;
