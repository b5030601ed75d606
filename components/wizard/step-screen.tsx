"use client";

import type { ComponentType } from "react";
import type { StepId } from "@/lib/standards/step-id";
import { ControllingQuestionStep } from "@/components/steps/controlling-question-step";
import { CourtStep } from "@/components/steps/court-step";
import { HistoryStep } from "@/components/steps/history-step";
import { MateriallyAdvanceStep } from "@/components/steps/materially-advance-step";
import { MotionStep } from "@/components/steps/motion-step";
import { OrderStep } from "@/components/steps/order-step";
import { PartiesStep } from "@/components/steps/parties-step";
import { QuestionsStep } from "@/components/steps/questions-step";
import { ReconsiderationStep } from "@/components/steps/reconsideration-step";
import { RulingStep } from "@/components/steps/ruling-step";
import { StayStep } from "@/components/steps/stay-step";
import { SubstantialGroundStep } from "@/components/steps/substantial-ground-step";

/** Each step id's form component: `components/steps/<step-id>-step.tsx`. */
const STEP_COMPONENTS: Record<StepId, ComponentType> = {
  court: CourtStep,
  parties: PartiesStep,
  order: OrderStep,
  motion: MotionStep,
  history: HistoryStep,
  questions: QuestionsStep,
  "controlling-question": ControllingQuestionStep,
  "substantial-ground": SubstantialGroundStep,
  "materially-advance": MateriallyAdvanceStep,
  reconsideration: ReconsiderationStep,
  stay: StayStep,
  ruling: RulingStep,
};

/** The current step's form, fresh for each step (its own react-hook-form form). */
export function StepScreen({ stepId }: { stepId: StepId }) {
  const Step = STEP_COMPONENTS[stepId];
  return <Step key={stepId} />;
}
