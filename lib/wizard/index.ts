/** The wizard's steps as data: ids, slice schemas, relevance, status. Pure: the UI lives in components/. */
export * from "./slice-schemas";
export type { StepIssue, WizardStep } from "./wizard-step";
export {
  STEPS,
  COURT_STEP,
  PARTIES_STEP,
  ORDER_STEP,
  MOTION_STEP,
  HISTORY_STEP,
  QUESTIONS_STEP,
  CONTROLLING_QUESTION_STEP,
  SUBSTANTIAL_GROUND_STEP,
  MATERIALLY_ADVANCE_STEP,
  RECONSIDERATION_STEP,
  STAY_STEP,
  REVIEW_STEP,
  findStep,
  relevantSteps,
  neighborSteps,
  stepForField,
} from "./steps";
export { sliceFields } from "./slice-fields";
export { sliceValues, applySlice } from "./slice-values";
export { stepIssues } from "./step-issues";
export { stepStatuses, stepIdForItem, draftReadiness, type StepStatus } from "./step-status";
export { restoreDraft } from "./restore-draft";
export { toValidDraft } from "./valid-draft";
export { getAtPath, setAtPath, isPathUnder } from "./field-path";
export { docxFileName } from "./docx-file-name";
export { stepStandard, refKey, type StandardItem, type StandardSlot, type SlotCandidate } from "./step-standard";
export { STEP_SLOTS, GENERAL_SLOTS, SlotChoiceSchema } from "./standard-slots";
