import type { MotionDraft } from "@/lib/motion/schema";
import type { CertificationFindings, StayFactors, StayFindings, StayStatusReport } from "../types";
import { PENDING_APPEAL_STAY_KINDS, stayKindOf } from "./stay-kinds";

/**
 * The companion request for a stay. § 1292(b) stays nothing by itself; the court may stay
 * proceedings while the petition is pending. With certification denied there is no appeal to
 * wait for, so an undecided request for a stay pending appeal is denied as moot, by default in a
 * footnote (seed 002); a stay pending another court, pending further order, or a lift waits for
 * the court's decision. With
 * certification granted and proceedings stayed by the certification order, the request is granted
 * with it. An explicit decision always stands (the warnings flag one that contradicts).
 * @see 28 U.S.C. § 1292(b) (proviso)
 */
export function evaluateStay(draft: MotionDraft, certification: CertificationFindings): StayFindings {
  const s = draft.stay;
  if (s.requested !== true) return { disposition: "not-requested", placement: "section", reason: "not-requested" };

  const outcome = decideStay(draft, certification);
  const isMoot = outcome.disposition === "denied-as-moot";
  return {
    ...outcome,
    ...(s.kind ? { kind: s.kind } : {}),
    placement: s.placement ?? (isMoot ? "footnote" : "section"),
    factors: recordedFactors(draft),
    ...(s.reasoning?.trim() ? { reasoning: s.reasoning } : {}),
    ...statusReportOf(draft),
    ...(s.kind === "lift" && s.liftMovant?.trim() ? { liftMovant: s.liftMovant.trim() } : {}),
  };
}

/** The status report the clerk asked for, only once its days or date is entered. */
function statusReportOf({ stay: s }: MotionDraft): { statusReport?: StayStatusReport } {
  if (s.statusReportBy === "days" && s.statusReportDays !== undefined)
    return { statusReport: { by: "days", days: s.statusReportDays } };
  if (s.statusReportBy === "date" && s.statusReportDate !== undefined)
    return { statusReport: { by: "date", date: s.statusReportDate } };
  return {};
}

function decideStay(
  draft: MotionDraft,
  certification: CertificationFindings,
): Pick<StayFindings, "disposition" | "reason"> {
  const isCertificationDenied = certification.disposition === "denied";
  const kind = stayKindOf(draft.stay.kind);
  switch (draft.stay.decision) {
    case "grant":
      return { disposition: "granted", reason: "factors-shown" };
    case "grant-in-part":
      return { disposition: "granted-in-part", reason: "factors-shown" };
    case "defer":
      return { disposition: "deferred", reason: "deferred" };
    case "deny":
      return { disposition: "denied", reason: "factors-not-shown" };
    case "deny-as-moot":
      return { disposition: "denied-as-moot", reason: isCertificationDenied ? "moot-certification-denied" : "moot" };
    case undefined:
      // Only a stay that waits for the appeal is decided by the certification ruling.
      if (!PENDING_APPEAL_STAY_KINDS.has(kind)) return { disposition: "undecided", reason: "undecided" };
      if (isCertificationDenied) return { disposition: "denied-as-moot", reason: "moot-certification-denied" };
      if (certification.disposition === "granted" && draft.certification.stayProceedingsOnGrant === true) {
        return { disposition: "granted", reason: "granted-with-certification" };
      }
      return { disposition: "undecided", reason: "undecided" };
  }
}

function recordedFactors({ stay: s }: MotionDraft): StayFactors {
  return {
    ...(s.likelySuccess !== undefined ? { likelySuccess: s.likelySuccess } : {}),
    ...(s.irreparableInjury !== undefined ? { irreparableInjury: s.irreparableInjury } : {}),
    ...(s.substantialInjuryToOthers !== undefined ? { substantialInjuryToOthers: s.substantialInjuryToOthers } : {}),
    ...(s.publicInterestFavorsStay !== undefined ? { publicInterestFavorsStay: s.publicInterestFavorsStay } : {}),
  };
}
