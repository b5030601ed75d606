import type { WarningCheck } from "./warning-check";

/**
 * A grant needs all three findings: the statute requires the judge to state in writing that each
 * holds. Points to the first element that is not met (or not answered, or not reached).
 * @see 28 U.S.C. § 1292(b)
 */
export const grantWithoutAllFindings: WarningCheck = (_draft, { certification }) => {
  if (certification.disposition !== "granted") return undefined;
  const failing = certification.elements.filter((e) => e.status !== "met").map((e) => e.element);
  const [first] = failing;
  return first ? { code: "grant-without-all-findings", step: first, failing } : undefined;
};
