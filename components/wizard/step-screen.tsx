"use client";

import dynamic from "next/dynamic";
import type { ComponentType } from "react";
import type { StepId } from "@/lib/standards/step-id";

/**
 * Each step id's form component: `components/steps/<step-id>-step.tsx`, each a chunk of its own.
 * A page ships only its step's form: the later steps bring the findings engine, its warnings and
 * the authority library, which the first page (court) does not need. next/dynamic renders the step
 * on the server and names its chunk in the HTML, so the form still hydrates with the page.
 */
const STEP_COMPONENTS: Record<StepId, ComponentType> = {
  court: dynamic(() => import("@/components/steps/court-step").then((m) => m.CourtStep)),
  parties: dynamic(() => import("@/components/steps/parties-step").then((m) => m.PartiesStep)),
  order: dynamic(() => import("@/components/steps/order-step").then((m) => m.OrderStep)),
  motion: dynamic(() => import("@/components/steps/motion-step").then((m) => m.MotionStep)),
  history: dynamic(() => import("@/components/steps/history-step").then((m) => m.HistoryStep)),
  questions: dynamic(() => import("@/components/steps/questions-step").then((m) => m.QuestionsStep)),
  "controlling-question": dynamic(() =>
    import("@/components/steps/controlling-question-step").then((m) => m.ControllingQuestionStep),
  ),
  "substantial-ground": dynamic(() =>
    import("@/components/steps/substantial-ground-step").then((m) => m.SubstantialGroundStep),
  ),
  "materially-advance": dynamic(() =>
    import("@/components/steps/materially-advance-step").then((m) => m.MateriallyAdvanceStep),
  ),
  reconsideration: dynamic(() => import("@/components/steps/reconsideration-step").then((m) => m.ReconsiderationStep)),
  stay: dynamic(() => import("@/components/steps/stay-step").then((m) => m.StayStep)),
  ruling: dynamic(() => import("@/components/steps/ruling-step").then((m) => m.RulingStep)),
};

/** The current step's form, fresh for each step (its own react-hook-form form). */
export function StepScreen({ stepId }: { stepId: StepId }) {
  const Step = STEP_COMPONENTS[stepId];
  return <Step key={stepId} />;
}
