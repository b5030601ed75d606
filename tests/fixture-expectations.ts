import { z } from "zod";

/** What a fixture's rendered order must (and must not) say: fixtures/<set>/NNN.expected.json. */
export const FixtureExpectationSchema = z.object({
  description: z.string(),
  court: z.array(z.string()),
  caption: z.object({ plaintiffs: z.string(), defendants: z.string(), caseNumber: z.string() }),
  title: z.string(),
  headings: z.array(z.string()),
  dispositions: z.array(z.string()),
  /** Corrected citations, each exactly as it must print (full, short or Id.), in reading order. */
  citations: z.array(z.string()),
  docketRefs: z.array(z.string()),
  footnotes: z.array(z.string()),
  signature: z.array(z.string()),
  /** Other text that must appear (statutory statement, stay language, petition window). */
  mustContain: z.array(z.string()).default([]),
  /** The seeds' errors and anything else that must never print. */
  mustNotContain: z.array(z.string()),
  findings: z.object({
    certification: z.enum(["granted", "denied", "undecided"]),
    elements: z.record(z.string(), z.enum(["met", "not-met", "not-reached", "unanswered"])),
    reconsideration: z.enum(["granted", "denied", "denied-as-moot", "not-requested", "undecided"]),
    stay: z.enum(["granted", "denied", "denied-as-moot", "not-requested", "undecided"]),
    warnings: z.array(z.string()),
  }),
  /** Pleading paper (California districts). */
  pleadingPaper: z.boolean(),
});
export type FixtureExpectation = z.infer<typeof FixtureExpectationSchema>;
