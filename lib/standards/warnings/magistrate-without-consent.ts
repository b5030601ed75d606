import type { WarningCheck } from "./warning-check";

/**
 * § 1292(b) speaks of "a district judge"; a magistrate judge may certify only when presiding by
 * consent of the parties. Otherwise the motion goes to the district judge.
 * @see 28 U.S.C. §§ 636(c), 1292(b)
 */
export const magistrateWithoutConsent: WarningCheck = (_draft, { presidingJudge }) =>
  presidingJudge === "magistrate-without-consent" ? { code: "magistrate-without-consent", step: "court" } : undefined;
