import type { WarningBody, WarningSeverity } from "../types";

/**
 * Each warning's severity, by code. "error": signing the order as drafted would put a legal error
 * before the court (a magistrate judge without the parties' consent, a grant without the three
 * findings, a stay with nothing to wait for) or leave a request undecided. The README lists these
 * under the CLI's --strict. A Record, so a new warning code must choose.
 */
const SEVERITY_BY_CODE: Record<WarningBody["code"], WarningSeverity> = {
  "magistrate-without-consent": "error",
  "grant-without-all-findings": "error",
  "stay-granted-certification-denied": "error",
  "stay-pending-appeal-deferred-certification-denied": "warning",
  "status-report-without-stay": "warning",
  "further-order-stay-without-reasons": "warning",
  "stay-lifted-and-proceedings-stayed": "warning",
  "decision-missing": "error",
  "rule-59e-against-interlocutory-order": "warning",
  "rule-60b-against-interlocutory-order": "warning",
  "deny-though-all-met-without-reasons": "warning",
  "successive-without-new-grounds": "warning",
  "untimely-motion": "warning",
  "mixed-question-framed": "warning",
  "motion-before-order": "warning",
  // Like an undecided request: the decree would leave the motion unmentioned.
  "further-motion-undecided": "error",
  "motions-decided-differently": "warning",
  // An error on a denial (below): the order certified on its own is not certified.
  "order-decided-apart": "warning",
  "reconsideration-granted-and-certified": "warning",
  "no-question-framed-on-grant": "warning",
  // A further request left undecided, or a motion closed that the order keeps pending.
  "other-ruling-disposition-missing": "error",
  "close-motion-deferred": "error",
  "not-reached-ruling-decided": "warning",
  // A refused question in the statement, or a grant in part that certifies nothing, would misstate what is certified.
  "question-rulings-disagree": "error",
  "granted-though-untimely": "warning",
  "order-may-be-appealable": "warning",
  // An error where the circuit holds the period is not restarted (below); a warning where unsettled.
  "recertification-to-restart-window": "error",
  // An error once some consents are recorded and a party who must consent is not among them (below).
  "magistrate-consents-incomplete": "error",
  // An error once a cited case's decision date is verified as after the order; until then, a warning (below).
  "authority-after-order": "error",
};

/** The codes whose warnings are always errors (what `--strict` refuses), for the README and the CLI's help. */
export const ERROR_WARNING_CODES = (Object.keys(SEVERITY_BY_CODE) as WarningBody["code"][]).filter(
  (code) => SEVERITY_BY_CODE[code] === "error",
);

/** How much one warning matters. */
export function warningSeverity(warning: WarningBody): WarningSeverity {
  if (warning.code === "order-decided-apart") return warning.certification === "deny" ? "error" : "warning";
  if (warning.code === "authority-after-order")
    return warning.later.some((decision) => decision.basis === "decided") ? "error" : "warning";
  if (warning.code === "recertification-to-restart-window")
    return warning.holding === "does-not-restart" ? "error" : "warning";
  if (warning.code === "magistrate-consents-incomplete") {
    const unserved = new Set(warning.unservedPartyIds);
    const mustConsent = warning.missingPartyIds.filter(
      (id) => !unserved.has(id) || warning.unservedRule === "required",
    );
    return warning.recorded > 0 && mustConsent.length > 0 ? "error" : "warning";
  }
  return SEVERITY_BY_CODE[warning.code];
}
