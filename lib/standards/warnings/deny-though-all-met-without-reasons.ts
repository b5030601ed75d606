import type { WarningCheck } from "./warning-check";

/** Certification is discretionary even when all three elements are met, but the order should say why it is denied. */
export const denyThoughAllMetWithoutReasons: WarningCheck = (draft, { certification }) =>
  certification.disposition === "denied" &&
  certification.allMet &&
  !draft.certification.discretionaryDenialReasoning?.trim()
    ? { code: "deny-though-all-met-without-reasons", step: "ruling" }
    : undefined;
