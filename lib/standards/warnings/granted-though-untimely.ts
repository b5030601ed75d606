import type { WarningCheck } from "./warning-check";

/**
 * The court finds the motion untimely (delay in seeking certification is a ground to deny of its
 * own) and no element fails, yet grants: the only ground found points the other way.
 */
export const grantedThoughUntimely: WarningCheck = (_draft, { certification }) =>
  certification.disposition === "granted" &&
  certification.untimely &&
  !certification.elements.some((element) => element.status === "not-met")
    ? { code: "granted-though-untimely", step: "ruling" }
    : undefined;
