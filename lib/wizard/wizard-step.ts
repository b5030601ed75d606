import type { z } from "zod";
import type { MotionDraft } from "@/lib/motion/schema";
import type { StepId } from "@/lib/standards/step-id";

/** A problem with one answer, keyed by the answer's full dotted path (what react-hook-form's setError expects). */
export type StepIssue = { path: string; message: string };

/**
 * One wizard step: its URL segment, its title, the answers it edits (dotted paths into the
 * draft), the slice of MotionDraftSchema its form validates with, and whether it applies to a draft.
 */
export type WizardStep<S extends z.ZodObject = z.ZodObject> = {
  id: StepId;
  title: string;
  /** What the step asks, in a sentence, under its title. */
  lede: string;
  /** The answers it edits, as dotted paths; a list (parties, entries) is one path. Derived from `schema`. */
  fields: readonly string[];
  /** A pick of MotionDraftSchema, nested as in the draft. */
  schema: S;
  /** Companion steps appear only when their request travels with the motion. */
  isRelevant: (draft: MotionDraft) => boolean;
  /** Checks that need more than the slice's own shape (a date against another step's date). */
  check?(values: z.infer<S>, draft: MotionDraft): StepIssue[];
};
