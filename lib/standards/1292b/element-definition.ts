import type { Certification } from "@/lib/motion/schema";
import type { ElementId, ElementReason } from "../types";

/** What one element's `decide()` returns: a status and the reason code the templates key on. */
export type Decision = {
  status: "met" | "not-met" | "unanswered";
  reason: ElementReason;
  reasoning?: string;
};

/** A clerk's answer an element needs before it can be decided; `path` is the full dotted path. */
export type RequiredAnswer = { path: string; message: string; isAnswered: (c: Certification) => boolean };

/**
 * One element of § 1292(b): data (id, label, legal source, the answers it needs) plus one pure
 * `decide()`. The element id is also the wizard step that asks for its factors.
 */
export type ElementDefinition = {
  id: ElementId;
  label: string;
  source: "28-usc-1292-b";
  /** Answers that must be given (when the element is reached) for an export. */
  requiredAnswers: readonly RequiredAnswer[];
  decide: (certification: Certification) => Decision;
};

const withReasoning = (reasoning: string | undefined): { reasoning?: string } =>
  reasoning !== undefined && reasoning.trim() !== "" ? { reasoning } : {};

export const met = (reason: ElementReason, reasoning?: string): Decision => ({
  status: "met",
  reason,
  ...withReasoning(reasoning),
});

export const notMet = (reason: ElementReason, reasoning?: string): Decision => ({
  status: "not-met",
  reason,
  ...withReasoning(reasoning),
});

export const unanswered = (reasoning?: string): Decision => ({
  status: "unanswered",
  reason: "unanswered",
  ...withReasoning(reasoning),
});
