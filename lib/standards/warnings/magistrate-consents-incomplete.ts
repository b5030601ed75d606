import { consentCoverage, UNSERVED_MUST_CONSENT } from "../magistrate-consent";
import type { WarningCheck } from "./warning-check";

/**
 * A magistrate judge presides by consent, but the recorded consents do not cover every party:
 * § 636(c)(1) needs the consent of the parties. A defendant not yet served counts where the
 * circuit says so (the Ninth: Williams v. King; the Seventh: Coleman); elsewhere the warning says
 * the question is unsettled. With nothing recorded, the clerk is asked to record the consents.
 * @see 28 U.S.C. § 636(c)(1)
 */
export const magistrateConsentsIncomplete: WarningCheck = (draft, { presidingJudge, circuit }) => {
  if (presidingJudge !== "magistrate-by-consent") return undefined;
  const { consented, missing } = consentCoverage(draft);
  if (missing.length === 0) return undefined;
  const rule = circuit ? UNSERVED_MUST_CONSENT[circuit] : undefined;
  return {
    code: "magistrate-consents-incomplete",
    step: "parties",
    missingPartyIds: missing.map((party) => party.id),
    unservedPartyIds: missing.filter((party) => party.isUnserved === true).map((party) => party.id),
    unservedRule: rule ? "required" : "unsettled",
    ...(rule ?? {}),
    recorded: consented.length,
  };
};
