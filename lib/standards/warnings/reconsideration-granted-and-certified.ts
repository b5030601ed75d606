import type { WarningCheck } from "./warning-check";

/** Reconsidering the order and certifying it in the same ruling: the certified order is the one just changed. */
export const reconsiderationGrantedAndCertified: WarningCheck = (_draft, { certification, reconsideration }) =>
  reconsideration.disposition === "granted" && certification.disposition === "granted"
    ? { code: "reconsideration-granted-and-certified", step: "reconsideration" }
    : undefined;
