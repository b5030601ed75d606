import type { MotionDraft } from "@/lib/motion/schema";
import type { CertificationFindings } from "../types";
import { PROCEEDINGS_STAY_KINDS, stayKindOf } from "../companions/stay-kinds";
import { evaluateElements } from "./evaluate-elements";

/**
 * The certification findings: each element, what was not reached, and the disposition the court
 * chose. The court's decision is recorded as chosen; where it disagrees with the findings the
 * warnings say so (legal outcomes are values, not exceptions).
 * @see 28 U.S.C. § 1292(b)
 */
export function evaluateCertification(draft: MotionDraft): CertificationFindings {
  const { elements, notReached } = evaluateElements(draft);
  const allMet = elements.every((e) => e.status === "met");
  const { decision, stayProceedingsOnGrant } = draft.certification;
  const amendsOrderUnderReview = decision === "grant" && draft.amendment.requested === true;

  if (decision === "grant") {
    return {
      elements,
      notReached,
      allMet,
      disposition: "granted",
      // A grant short of all three findings has no basis yet: the grant-without-all-findings warning says which.
      basis: allMet ? "all-elements-met" : "undecided",
      ...proceedingsOnGrant(draft, stayProceedingsOnGrant),
      amendsOrderUnderReview,
    };
  }
  if (decision === "deny") {
    // Discretionary only when every element is met; a denial with elements still unanswered has no basis yet.
    const basis = elements.some((e) => e.status === "not-met")
      ? "element-not-met"
      : allMet
        ? "discretionary-denial"
        : "undecided";
    return { elements, notReached, allMet, disposition: "denied", basis, amendsOrderUnderReview };
  }
  return { elements, notReached, allMet, disposition: "undecided", basis: "undecided", amendsOrderUnderReview };
}

/**
 * § 1292(b) proviso: an application for appeal does not stay proceedings unless the district
 * judge or the court of appeals orders it. A requested stay of proceedings that the court grants or
 * denies decides it (so the ruling on the request and the decree never contradict); otherwise the
 * court's answer on the grant does, and unanswered the order says nothing about it (it printed
 * "does not stay proceedings" on no one's answer: docs/corpus.md, orders 15, 16 and 20). A stay of
 * the order under review, or a lift, leaves the answer to the ruling step.
 */
function proceedingsOnGrant(
  draft: MotionDraft,
  stayProceedingsOnGrant: boolean | undefined,
): Pick<CertificationFindings, "proceedings"> {
  const { requested, decision } = draft.stay;
  const kind = stayKindOf(draft.stay.kind);
  if (requested === true && PROCEEDINGS_STAY_KINDS.has(kind)) {
    if (decision === "grant" || decision === "grant-in-part") return { proceedings: "stayed" };
    if (decision === "deny") return { proceedings: "not-stayed" };
  }
  if (stayProceedingsOnGrant === undefined) return {};
  return { proceedings: stayProceedingsOnGrant ? "stayed" : "not-stayed" };
}
