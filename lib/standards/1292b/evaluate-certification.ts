import type { MotionDraft } from "@/lib/motion/schema";
import type { CertificationFindings } from "../types";
import { PROCEEDINGS_STAY_KINDS, stayKindOf } from "../companions/stay-kinds";
import { evaluateElements } from "./evaluate-elements";
import { questionRulings } from "./question-rulings";

/**
 * The certification findings: each element, what was not reached, each question's ruling, and the
 * disposition the court chose. The court's decision is recorded as chosen; where it disagrees with
 * the findings the warnings say so (legal outcomes are values, not exceptions). A grant in part is
 * a grant (the statement, the stay and the ten days follow it) of the questions certified.
 * @see 28 U.S.C. § 1292(b)
 */
export function evaluateCertification(draft: MotionDraft): CertificationFindings {
  const { elements, notReached } = evaluateElements(draft);
  const allMet = elements.every((e) => e.status === "met");
  const { decision, stayProceedingsOnGrant, untimeliness, discretionaryDenialReasoning } = draft.certification;
  const grants = decision === "grant" || decision === "grant-in-part";
  const amendsOrderUnderReview = grants && draft.amendment.requested === true;
  const untimely = untimeliness?.isUntimely === true;
  const common = {
    elements,
    notReached,
    allMet,
    inPart: decision === "grant-in-part",
    questions: questionRulings(draft),
    untimely,
    amendsOrderUnderReview,
    amendmentForm: draft.amendment.form ?? "amend",
  } as const;

  if (grants) {
    return {
      ...common,
      disposition: "granted",
      discretionary: false,
      // A grant short of all three findings has no basis yet: the grant-without-all-findings warning says which.
      basis: allMet ? "all-elements-met" : "undecided",
      ...proceedingsOnGrant(draft, stayProceedingsOnGrant),
    };
  }
  if (decision === "deny") {
    // The court may deny in its discretion whatever it finds of the elements; its reasons print when given.
    const discretionary = discretionaryDenialReasoning?.trim() ? true : false;
    const basis = elements.some((e) => e.status === "not-met")
      ? "element-not-met"
      : untimely
        ? "untimely"
        : allMet || discretionary
          ? "discretionary-denial"
          : "undecided";
    return { ...common, disposition: "denied", discretionary, basis };
  }
  return { ...common, disposition: "undecided", discretionary: false, basis: "undecided" };
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
