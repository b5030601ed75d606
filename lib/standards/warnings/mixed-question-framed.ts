import type { WarningCheck } from "./warning-check";

/**
 * Wording that usually marks the application of law to facts rather than a "pure" question of
 * law the court of appeals can decide "quickly and cleanly without having to study the record"
 * (Ahrenholz, 219 F.3d at 676-77). A prompt to reread the question, not a finding.
 */
export const FACT_BOUND_PHRASES = [
  "whether the evidence",
  "whether the facts",
  "whether the record",
  "sufficient evidence",
  "reasonable under the circumstances",
  "genuine issue of material fact",
  "genuine dispute of material fact",
] as const;

const looksFactBound = (text: string): boolean => {
  const normalized = text.toLowerCase().replace(/\s+/g, " ");
  return FACT_BOUND_PHRASES.some((phrase) => normalized.includes(phrase));
};

/** A certification granted on a question the clerk marked mixed, or any framed question worded as one of fact. */
export const mixedQuestionFramed: WarningCheck = (draft, { certification }) => {
  const questionIds = draft.certification.questions.filter((q) => looksFactBound(q.text)).map((q) => q.id);
  const isGrantOnMixedQuestion =
    certification.disposition === "granted" && draft.certification.controllingQuestion.isPureQuestionOfLaw === false;
  return isGrantOnMixedQuestion || questionIds.length > 0
    ? { code: "mixed-question-framed", step: "questions", questionIds }
    : undefined;
};
