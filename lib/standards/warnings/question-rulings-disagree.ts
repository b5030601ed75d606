import type { MotionDraft } from "@/lib/motion/schema";
import type { WarningCheck } from "./warning-check";

type Question = MotionDraft["certification"]["questions"][number];

/** The questions ruled against the motion's ruling, or on a grant in part the ones that leave it unclear. */
function questionsAgainst(decision: "grant" | "grant-in-part" | "deny", stated: Question[]): Question[] {
  if (decision === "grant") return stated.filter((q) => q.ruling === "refuse");
  if (decision === "deny") return stated.filter((q) => q.ruling === "certify");
  const unruled = stated.filter((q) => q.ruling === undefined);
  if (unruled.length > 0) return unruled;
  const certifiesSome = stated.some((q) => q.ruling === "certify");
  const refusesSome = stated.some((q) => q.ruling === "refuse");
  return certifiesSome && refusesSome ? [] : stated;
}

/**
 * Each question's ruling must agree with the ruling on the motion: a grant certifies every
 * question, a denial refuses every one, and a grant in part certifies some and refuses others
 * (the order prints "GRANTED in part and DENIED in part" only for that).
 */
export const questionRulingsDisagree: WarningCheck = (draft) => {
  const { decision, questions } = draft.certification;
  if (decision === undefined) return undefined;
  const against = questionsAgainst(
    decision,
    questions.filter((question) => question.text.trim() !== ""),
  );
  return against.length === 0
    ? undefined
    : { code: "question-rulings-disagree", step: "questions", decision, questionIds: against.map((q) => q.id) };
};
