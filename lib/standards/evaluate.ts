import type { MotionDraft } from "@/lib/motion/schema";
import { evaluateCertification } from "./1292b/evaluate-certification";
import { appellateCircuit } from "./appellate-circuit";
import { evaluateReconsideration } from "./companions/reconsideration";
import { evaluateStay } from "./companions/stay";
import { evaluateSuccessive } from "./companions/successive";
import { presidingJudge } from "./presiding-judge";
import type { Findings } from "./types";
import { collectWarnings, type FindingsBeforeWarnings } from "./warnings";

/**
 * The standards engine: from a draft, however incomplete, the findings on each § 1292(b)
 * element, the disposition of the motion and each companion request, and the warnings. Pure
 * (no rule reads the clock: dates come from the draft); a missing answer is "unanswered", never an error.
 * @see 28 U.S.C. § 1292(b)
 */
export function evaluate(draft: MotionDraft): Findings {
  const certification = evaluateCertification(draft);
  const findings: FindingsBeforeWarnings = {
    circuit: appellateCircuit(draft),
    certification,
    reconsideration: evaluateReconsideration(draft),
    stay: evaluateStay(draft, certification),
    successive: evaluateSuccessive(draft),
    movantIsProSe: isMovantProSe(draft),
    presidingJudge: presidingJudge(draft),
  };
  return { ...findings, warnings: collectWarnings(draft, findings) };
}

/** Any movant proceeds pro se: the order construes the filing liberally. */
function isMovantProSe(draft: MotionDraft): boolean {
  const movants = new Set(draft.motion.movantPartyIds);
  return draft.case.parties.some((party) => movants.has(party.id) && party.isProSe === true);
}
