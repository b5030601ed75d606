import { z } from "zod";

/** Introductory signals, Bluebook rule 1.2 (printed in italics). */
export const SignalSchema = z.enum([
  "see",
  "see-also",
  "cf",
  "compare",
  "but-see",
  "see-generally",
  "e-g",
  "see-e-g",
  "accord",
]);
export type Signal = z.infer<typeof SignalSchema>;
