import type { WarningCheck } from "./warning-check";

/**
 * Orders, not questions, are certified, but courts of appeals fault a certification that does not
 * identify the controlling question (AUTHORITIES.md §e.3: Clark-Dietz, McFarlin, Linton).
 */
export const noQuestionFramedOnGrant: WarningCheck = (draft, { certification }) =>
  certification.disposition === "granted" && !draft.certification.questions.some((q) => q.text.trim() !== "")
    ? { code: "no-question-framed-on-grant", step: "questions" }
    : undefined;
