import { z } from "zod";
import { BindingCourtSchema, PinSchema, ReporterSchema } from "@/lib/authorities/types";
import { statementContainsQuote } from "@/lib/authorities/statement-contains-quote";
import { IsoDateSchema } from "@/lib/dates";

/**
 * A case a chambers adds to its own library: what a clerk enters, having verified it. Built-in
 * authorities are read only; these are the chambers' own, each with who verified it, where and when.
 */

/** A pin's pages: "541-42" → [541, 542]; "*3" has no page span. */
function pinPages(pin: string): [number, number] | undefined {
  const match = /^(\d+)(?:-(\d+))?/.exec(pin);
  if (!match) return undefined;
  const first = match[1]!;
  const last = match[2] ?? first;
  const end = last.length >= first.length ? Number(last) : Number(first.slice(0, first.length - last.length) + last);
  return [Number(first), end];
}

export const ChambersPropositionSchema = z.strictObject({
  statement: z.string().trim().min(1, { error: "Say what the case stands for" }).max(2000),
  pin: PinSchema,
  /** The case's exact words, when quoted: they must appear in the statement inside quotation marks. */
  quote: z.string().trim().min(1).max(1000).optional(),
});
export type ChambersProposition = z.infer<typeof ChambersPropositionSchema>;

export const ChambersAuthorityInputSchema = z
  .strictObject({
    /** The Bluebook name as cited: "Smith v. Jones". */
    name: z.string().trim().min(3, { error: "Give the case name as cited" }).max(300),
    /** For short cites: "Smith". */
    shortName: z.string().trim().min(1, { error: "Give the short name" }).max(120),
    volume: z.number().int().positive({ error: "The volume is a whole number" }),
    reporter: ReporterSchema,
    firstPage: z.number().int().positive({ error: "The first page is a whole number" }),
    lastPage: z.number().int().positive({ error: "The last page is a whole number" }),
    /** Bluebook court abbreviation ("9th Cir.", "D. Ariz."); empty for the Supreme Court. */
    court: z.string().trim().max(60),
    /** The court of appeals whose circuit the court sits in ("scotus" for the Supreme Court). */
    circuit: BindingCourtSchema,
    decided: IsoDateSchema,
    propositions: z.array(ChambersPropositionSchema).min(1, { error: "Add at least one proposition" }).max(20),
    /** Where the clerk read the opinion. */
    sourceUrl: z.url({ error: "Give the address where you read the opinion" }).max(2000),
    /** The day it was verified there. */
    verifiedOn: IsoDateSchema,
  })
  .superRefine((input, ctx) => {
    if (input.lastPage < input.firstPage)
      ctx.addIssue({ code: "custom", path: ["lastPage"], message: "The last page comes after the first" });
    input.propositions.forEach((proposition, i) => {
      const pages = pinPages(proposition.pin);
      if (pages && (pages[0] < input.firstPage || pages[1] > input.lastPage))
        ctx.addIssue({
          code: "custom",
          path: ["propositions", i, "pin"],
          message: `The pin must be within the opinion, pages ${input.firstPage}-${input.lastPage}`,
        });
      if (proposition.quote && !statementContainsQuote(proposition.statement, proposition.quote))
        ctx.addIssue({
          code: "custom",
          path: ["propositions", i, "quote"],
          message: "Put the quoted words in the statement, inside quotation marks",
        });
    });
    if (input.verifiedOn < input.decided)
      ctx.addIssue({ code: "custom", path: ["verifiedOn"], message: "It was verified after it was decided" });
  });
export type ChambersAuthorityInput = z.infer<typeof ChambersAuthorityInputSchema>;

/** A stored chambers authority: the input, its id, and who verified it. */
export const ChambersAuthorityRecordSchema = z.strictObject({
  id: z.string().regex(/^chambers-[a-z0-9-]+$/),
  input: ChambersAuthorityInputSchema,
  verifiedBy: z.string().min(1).max(200),
});
export type ChambersAuthorityRecord = z.infer<typeof ChambersAuthorityRecordSchema>;
