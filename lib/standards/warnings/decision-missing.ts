import type { WarningCheck } from "./warning-check";

/** The court has not decided the motion to certify. */
export const certificationDecisionMissing: WarningCheck = (_draft, { certification }) =>
  certification.disposition === "undecided"
    ? { code: "decision-missing", step: "ruling", request: "certification" }
    : undefined;

/** A requested reconsideration is not yet decided. */
export const reconsiderationDecisionMissing: WarningCheck = (_draft, { reconsideration }) =>
  reconsideration.disposition === "undecided"
    ? { code: "decision-missing", step: "reconsideration", request: "reconsideration" }
    : undefined;

/** A requested stay is not yet decided (a stay that is moot because certification is denied needs no decision). */
export const stayDecisionMissing: WarningCheck = (_draft, { stay }) =>
  stay.disposition === "undecided" ? { code: "decision-missing", step: "stay", request: "stay" } : undefined;
