/**
 * The wizard steps the standards engine points a clerk to (each is the step's URL segment). The
 * wizard owns its steps (lib/wizard/steps.ts); warnings and readiness use exactly these ids.
 */
export const STEP_IDS = [
  "court",
  "parties",
  "order",
  "motion",
  "history",
  "questions",
  "controlling-question",
  "substantial-ground",
  "materially-advance",
  "reconsideration",
  "stay",
  "ruling",
] as const;

export type StepId = (typeof STEP_IDS)[number];
