import type { MotionDraft, ReconsiderationRule } from "@/lib/motion/schema";
import type { ReconsiderationFindings } from "../types";

type Ground = ReconsiderationFindings["groundsShown"][number];

/** The clerk's answers that show each ground for reconsideration, in the order courts list them. */
const GROUND_FLAGS = [
  ["new-evidence", "newEvidence"],
  ["clear-error", "clearErrorOrManifestInjustice"],
  ["intervening-change", "interveningChangeInLaw"],
  ["extraordinary-circumstances", "extraordinaryCircumstances"],
] as const satisfies readonly (readonly [Ground, keyof MotionDraft["reconsideration"]])[];

/**
 * The companion request to reconsider the order under review. The rule applied is the clerk's
 * choice, else the rule the motion invokes, else the rule that fits the order: Rule 54(b) for an
 * interlocutory order, Rule 59(e) for a final judgment. Rule 59(e) kept for an interlocutory order
 * (seed 002) is not applied: it reaches a "judgment", which Rule 54(a) defines as "a decree and any
 * order from which an appeal lies", so the order applies Rule 54(b) and the warnings say why.
 * @see Fed. R. Civ. P. 54(a), 54(b), 59(e), 60(b)
 */
export function evaluateReconsideration(draft: MotionDraft): ReconsiderationFindings {
  const r = draft.reconsideration;
  if (r.requested !== true) return { disposition: "not-requested", groundsShown: [] };

  const chosen = r.ruleApplied ?? r.ruleInvoked ?? ruleThatFits(draft.orderUnderReview.isFinalJudgment);
  // Rule 59(e) reaches a "judgment" (Rule 54(a)); an interlocutory order "may be revised at any time" under Rule 54(b).
  const isDisplaced = chosen === "59e" && draft.orderUnderReview.isFinalJudgment === false;
  const ruleApplied = isDisplaced ? "54b" : chosen;
  return {
    disposition: r.decision === "grant" ? "granted" : r.decision === "deny" ? "denied" : "undecided",
    ...(ruleApplied ? { ruleApplied } : {}),
    ...(isDisplaced ? { ruleDisplaced: "59e" as const } : {}),
    ...(r.ruleInvoked ? { ruleInvoked: r.ruleInvoked } : {}),
    groundsShown: GROUND_FLAGS.filter(([, flag]) => r[flag] === true).map(([ground]) => ground),
    ...(r.reasoning?.trim() ? { reasoning: r.reasoning } : {}),
  };
}

function ruleThatFits(isFinalJudgment: boolean | undefined): ReconsiderationRule | undefined {
  return isFinalJudgment === true ? "59e" : isFinalJudgment === false ? "54b" : undefined;
}
