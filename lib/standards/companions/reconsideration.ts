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
 * choice, else the rule the motion invokes (the seeds reproduce the court's own choice: seed 002
 * applies Rule 59(e) to an interlocutory order, and the warnings flag it), else the rule that fits
 * the order: Rule 54(b) for an interlocutory order, Rule 59(e) for a final judgment.
 * @see Fed. R. Civ. P. 54(b), 59(e), 60(b)
 */
export function evaluateReconsideration(draft: MotionDraft): ReconsiderationFindings {
  const r = draft.reconsideration;
  if (r.requested !== true) return { disposition: "not-requested", groundsShown: [] };

  const ruleApplied = r.ruleApplied ?? r.ruleInvoked ?? ruleThatFits(draft.orderUnderReview.isFinalJudgment);
  return {
    disposition: r.decision === "grant" ? "granted" : r.decision === "deny" ? "denied" : "undecided",
    ...(ruleApplied ? { ruleApplied } : {}),
    ...(r.ruleInvoked ? { ruleInvoked: r.ruleInvoked } : {}),
    groundsShown: GROUND_FLAGS.filter(([, flag]) => r[flag] === true).map(([ground]) => ground),
    ...(r.reasoning?.trim() ? { reasoning: r.reasoning } : {}),
  };
}

function ruleThatFits(isFinalJudgment: boolean | undefined): ReconsiderationRule | undefined {
  return isFinalJudgment === true ? "59e" : isFinalJudgment === false ? "54b" : undefined;
}
