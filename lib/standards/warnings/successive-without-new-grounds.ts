import type { WarningCheck } from "./warning-check";

/** Granting a renewed motion that raises nothing the court did not already reject when it denied the first (seed 001). */
export const successiveWithoutNewGrounds: WarningCheck = (_draft, { certification, successive }) =>
  successive.isSuccessive && successive.raisesNewGrounds === false && certification.disposition === "granted"
    ? { code: "successive-without-new-grounds", step: "history" }
    : undefined;
