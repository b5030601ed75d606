import type { z } from "zod";
import {
  CaseAuthoritySchema,
  RuleAuthoritySchema,
  StatuteAuthoritySchema,
  type CaseAuthority,
  type RuleAuthority,
  type StatuteAuthority,
} from "./types";

type Input<S extends z.ZodType> = Omit<z.input<S>, "kind">;

/**
 * Declares a case in its own file (`lib/authorities/cases/<id>.ts`). Parses at load, so a typo in
 * a citation's shape fails the first test that imports the library.
 */
export function defineCase(input: Input<typeof CaseAuthoritySchema>): CaseAuthority {
  return CaseAuthoritySchema.parse({ ...input, kind: "case" });
}

/** Declares a U.S. Code section (`lib/authorities/statutes/<id>.ts`). */
export function defineStatute(input: Input<typeof StatuteAuthoritySchema>): StatuteAuthority {
  return StatuteAuthoritySchema.parse({ ...input, kind: "statute" });
}

/** Declares a federal rule (`lib/authorities/rules/<id>.ts`). */
export function defineRule(input: Input<typeof RuleAuthoritySchema>): RuleAuthority {
  return RuleAuthoritySchema.parse({ ...input, kind: "rule" });
}
