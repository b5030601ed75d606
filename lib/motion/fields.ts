import { z } from "zod";

/** Limits that keep one draft well under the API's body limit while fitting any real order. */
export const LIMITS = { shortText: 300, name: 200, longText: 20_000, listItems: 200, recordKeys: 50 } as const;

/**
 * A record of at most `maxKeys` entries. zod checks an array's length before its items, but a
 * record's entries one by one: the count is checked first here, so a body of a million keys costs
 * one issue (a 1 MiB body of keys once cost 456,000 issues and 5.8 s).
 */
export function boundedRecord<K extends z.core.$ZodRecordKey, V extends z.ZodType>(key: K, value: V, maxKeys: number) {
  const fits = (input: unknown) =>
    typeof input !== "object" || input === null || Array.isArray(input) || Object.keys(input).length <= maxKeys;
  return z
    .custom<Record<string, unknown>>(fits, { error: `Keep this to at most ${maxKeys} entries` })
    .pipe(z.record(key, value));
}

/** A one-line answer (names, titles). Empty strings are allowed: a draft is incomplete most of the time. */
export const ShortTextSchema = z
  .string()
  .max(LIMITS.shortText, { error: `Keep this under ${LIMITS.shortText} characters` });

/** Clerk-written prose: may carry light emphasis (*italic*), docket refs [[doc 49-1 at 2]] and library cites [[cite id#prop]]. */
export const ClerkTextSchema = z
  .string()
  .max(LIMITS.longText, { error: `Keep this under ${LIMITS.longText.toLocaleString("en-US")} characters` });

/** Stable id of an item in a list, so reordering in the wizard keeps references intact. */
export const ItemIdSchema = z.string().min(1).max(64);
