import type { WarningCheck } from "./warning-check";

/**
 * A renewed motion to certify the same order that raises nothing the court did not already reject
 * (seed 001). Raised whatever the decision: on a grant the court must explain what changed, on a
 * denial the order can say the motion adds nothing, so the clerk sees it either way.
 */
export const successiveWithoutNewGrounds: WarningCheck = (_draft, { successive }) =>
  successive.isSuccessive && successive.raisesNewGrounds === false
    ? { code: "successive-without-new-grounds", step: "history" }
    : undefined;
