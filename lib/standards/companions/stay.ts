import type { MotionDraft } from "@/lib/motion/schema";
import type { CertificationFindings, StayFactors, StayFindings } from "../types";

/**
 * The companion request for a stay. § 1292(b) stays nothing by itself; the court may stay
 * proceedings while the petition is pending. With certification denied there is no appeal to
 * wait for, so an undecided request is denied as moot, by default in a footnote (seed 002); with
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
  };
}

function decideStay(
  draft: MotionDraft,
  certification: CertificationFindings,
): Pick<StayFindings, "disposition" | "reason"> {
  const isCertificationDenied = certification.disposition === "denied";
  switch (draft.stay.decision) {
    case "grant":
      return { disposition: "granted", reason: "factors-shown" };
    case "deny":
      return { disposition: "denied", reason: "factors-not-shown" };
    case "deny-as-moot":
      return { disposition: "denied-as-moot", reason: isCertificationDenied ? "moot-certification-denied" : "moot" };
    case undefined:
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
