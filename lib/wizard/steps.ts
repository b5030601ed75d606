import type { z } from "zod";
import type { MotionDraft } from "@/lib/motion/schema";
import type { StepId } from "@/lib/standards/step-id";
import * as slices from "./slice-schemas";
import { sliceFields } from "./slice-fields";
import { checkMotionSlice, checkPartiesSlice } from "./step-checks";
import { checkStaySlice } from "./stay-checks";
import type { WizardStep } from "./wizard-step";

const always = (): boolean => true;

function defineStep<S extends z.ZodObject>(step: Omit<WizardStep<S>, "fields">): WizardStep<S> {
  return { ...step, fields: sliceFields(step.schema) };
}

export const COURT_STEP = defineStep({
  id: "court",
  title: "Court and judge",
  lede: "The district court, and the judge who will sign the order.",
  schema: slices.CourtSliceSchema,
  isRelevant: always,
});

export const PARTIES_STEP = defineStep({
  id: "parties",
  title: "Parties and case",
  lede: "Who is on each side, the case number, the kind of action and what else the caption names.",
  schema: slices.PartiesSliceSchema,
  isRelevant: always,
  check: checkPartiesSlice,
});

export const ORDER_STEP = defineStep({
  id: "order",
  title: "Order under review",
  lede: "The order the movant asks the court to certify for appeal.",
  schema: slices.OrderSliceSchema,
  isRelevant: always,
});

export const MOTION_STEP = defineStep({
  id: "motion",
  title: "The motion",
  lede: "The motion as filed, the briefing, and the requests that travel with it.",
  schema: slices.MotionSliceSchema,
  isRelevant: always,
  check: checkMotionSlice,
});

export const HISTORY_STEP = defineStep({
  id: "history",
  title: "Procedural history",
  lede: "The docket entries the background recounts, in the order the order tells them.",
  schema: slices.HistorySliceSchema,
  isRelevant: always,
});

export const QUESTIONS_STEP = defineStep({
  id: "questions",
  title: "Proposed questions",
  lede: "The question or questions of law the movant asks the court to certify.",
  schema: slices.QuestionsSliceSchema,
  isRelevant: always,
});

export const CONTROLLING_QUESTION_STEP = defineStep({
  id: "controlling-question",
  title: "Controlling question of law",
  lede: "Does the order involve a controlling question of law?",
  schema: slices.ControllingQuestionSliceSchema,
  isRelevant: always,
});

export const SUBSTANTIAL_GROUND_STEP = defineStep({
  id: "substantial-ground",
  title: "Substantial ground for difference of opinion",
  lede: "Is there substantial ground for difference of opinion on the question?",
  schema: slices.SubstantialGroundSliceSchema,
  isRelevant: always,
});

export const MATERIALLY_ADVANCE_STEP = defineStep({
  id: "materially-advance",
  title: "Materially advance the litigation",
  lede: "May an immediate appeal materially advance the ultimate termination of the litigation?",
  schema: slices.MateriallyAdvanceSliceSchema,
  isRelevant: always,
});

export const RECONSIDERATION_STEP = defineStep({
  id: "reconsideration",
  title: "Reconsideration",
  lede: "The request to reconsider the order under review.",
  schema: slices.ReconsiderationSliceSchema,
  isRelevant: (draft: MotionDraft) => draft.reconsideration.requested === true,
});

export const STAY_STEP = defineStep({
  id: "stay",
  title: "Stay",
  lede: "The request to stay proceedings or the order pending appeal, or to lift a stay.",
  schema: slices.StaySliceSchema,
  check: checkStaySlice,
  isRelevant: (draft: MotionDraft) => draft.stay.requested === true,
});

export const REVIEW_STEP = defineStep({
  id: "ruling",
  title: "Ruling and download",
  lede: "The court's decision, what the order still needs, and the Word file.",
  schema: slices.ReviewSliceSchema,
  isRelevant: always,
});

/** Every wizard step, in order. Ids are exactly lib/standards' STEP_IDS (a test checks). */
export const STEPS: readonly WizardStep[] = [
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
];

/** The step with this id, or undefined for a URL segment that names no step. */
export function findStep(id: string): WizardStep | undefined {
  return STEPS.find((step) => step.id === id);
}

/** The steps that apply to a draft, in order (companion steps only when requested). */
export function relevantSteps(draft: MotionDraft): WizardStep[] {
  return STEPS.filter((step) => step.isRelevant(draft));
}

/** The relevant step before and after `id`, for Back and Next. */
export function neighborSteps(draft: MotionDraft, id: StepId): { previous?: WizardStep; next?: WizardStep } {
  const steps = relevantSteps(draft);
  const index = steps.findIndex((step) => step.id === id);
  if (index === -1) return {};
  return {
    ...(index > 0 ? { previous: steps[index - 1] } : {}),
    ...(index < steps.length - 1 ? { next: steps[index + 1] } : {}),
  };
}

/** The step that edits an answer: the step whose field is the longest prefix of `path`. */
export function stepForField(path: string): WizardStep | undefined {
  let best: { step: WizardStep; length: number } | undefined;
  for (const step of STEPS) {
    for (const field of step.fields) {
      const matches = path === field || path.startsWith(`${field}.`) || field.startsWith(`${path}.`);
      if (matches && (!best || field.length > best.length)) best = { step, length: field.length };
    }
  }
  return best?.step;
}
