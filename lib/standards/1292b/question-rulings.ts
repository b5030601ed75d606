import type { MotionDraft } from "@/lib/motion/schema";
import type { QuestionFinding } from "../types";

/**
 * Each question's ruling. A question the clerk rules on keeps that ruling; one left unanswered
 * follows the motion: certified on a grant, refused on a denial, and on a grant in part (where
 * the clerk must say which) left out of both lists until answered.
 */
export function questionRulings(draft: MotionDraft): QuestionFinding[] {
  const { decision, questions } = draft.certification;
  return questions.flatMap((question): QuestionFinding[] => {
    const ruling =
      question.ruling === "certify" || (question.ruling === undefined && decision === "grant")
        ? "certified"
        : question.ruling === "refuse" || (question.ruling === undefined && decision === "deny")
          ? "refused"
          : undefined;
    if (ruling === undefined) return [];
    return ruling === "refused" && question.refusedFor
      ? [{ questionId: question.id, ruling, refusedFor: question.refusedFor }]
      : [{ questionId: question.id, ruling }];
  });
}

/** The questions the ruling certifies (all of them on a grant, where no ruling says otherwise). */
export const certifiedQuestionIds = (draft: MotionDraft): Set<string> =>
  new Set(
    questionRulings(draft)
      .filter((finding) => finding.ruling === "certified")
      .map((finding) => finding.questionId),
  );
