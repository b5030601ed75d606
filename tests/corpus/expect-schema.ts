import { z } from "zod";

/**
 * The facts of one real order of the corpus (fixtures/corpus/expect.json, copied unchanged from
 * shared/corpus/expect.json): null wherever the stored copy does not show the fact.
 */
const DispositionSchema = z.enum(["granted", "denied", "granted-in-part", "deferred", "lifted", "not-requested"]);

const OrderUnderReviewFactsSchema = z.object({
  date: z.string().nullable(),
  docket: z.string().nullable(),
  /** A description of what the order did, for people: not a string the order prints. */
  what: z.string(),
  get also() {
    return z.array(OrderUnderReviewFactsSchema);
  },
});

const ElementFactSchema = z.enum(["met", "not-met"]).nullable();

export const CorpusOrderFactsSchema = z.object({
  name: z.string(),
  court: z.string(),
  circuit: z.string(),
  caseNumber: z.string(),
  judge: z.object({
    name: z.string().nullable(),
    title: z.enum(["district", "magistrate", "senior", "chief"]).nullable(),
    consent636c: z.boolean(),
    /** Whether the case file inferred the judge (a note on the source, not a fact of the order). */
    inferred: z.boolean(),
  }),
  orderDate: z.string(),
  movant: z.object({
    side: z.enum(["plaintiff", "defendant", "joint"]),
    proSe: z.boolean(),
    names: z.array(z.string()).nullable(),
  }),
  orderUnderReview: OrderUnderReviewFactsSchema,
  questions: z.number().int().nullable(),
  elements: z.object({
    controlling: ElementFactSchema,
    substantialGround: ElementFactSchema,
    materiallyAdvance: ElementFactSchema,
  }),
  analysis: z.enum(["all-elements", "stop-at-first-failure"]).nullable(),
  dispositions: z.object({
    certification: DispositionSchema,
    stay: DispositionSchema.nullable(),
    reconsideration: DispositionSchema.nullable(),
    amendmentFrap5a3: DispositionSchema.nullable(),
    /** Further rulings in the same order, described in words. */
    other: z.array(z.string()),
  }),
  /** A description of the timing, for people. */
  timeliness: z.string(),
  /** One docket cite exactly as the court printed it. */
  docketStyle: z.string(),
  mustContain: z.array(z.string()),
  authorities: z.array(z.object({ cite: z.string(), unverified: z.boolean(), note: z.string().optional() })),
  notes: z.string(),
});
export type CorpusOrderFacts = z.infer<typeof CorpusOrderFactsSchema>;

export const CORPUS_CASES = ["13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24"] as const;
export const CorpusCaseSchema = z.enum(CORPUS_CASES);
export type CorpusCase = z.infer<typeof CorpusCaseSchema>;

export const CorpusExpectSchema = z
  .object({ _about: z.string() })
  .extend(
    Object.fromEntries(CORPUS_CASES.map((id) => [id, CorpusOrderFactsSchema])) as Record<
      CorpusCase,
      typeof CorpusOrderFactsSchema
    >,
  )
  .strict();
