import { stringify } from "safe-stable-stringify";

/**
 * True when two drafts hold the same answers, whatever order their keys were written in (the form
 * writes keys as the clerk answers; the schema writes them in its own order). Unanswered
 * (undefined) keys count as absent.
 */
export function sameAnswers(a: unknown, b: unknown): boolean {
  return stringify(a) === stringify(b);
}
