import type { Authority } from "./types";

/**
 * A case decided after a date: by its verified date of decision when it has one ("decided"), or,
 * until it has one, by a year later than the date's ("year": the same year cannot be told apart).
 */
export type LaterDecision =
  { authorityId: string; basis: "decided"; decided: string } | { authorityId: string; basis: "year"; year: number };

/** Whether `authority` was decided after `date` (ISO), as far as the library can tell; statutes and rules never are. */
export function decidedAfter(authority: Authority, date: string): LaterDecision | undefined {
  if (authority.kind !== "case") return undefined;
  if (authority.decided !== undefined)
    return authority.decided > date
      ? { authorityId: authority.id, basis: "decided", decided: authority.decided }
      : undefined;
  return authority.year > Number(date.slice(0, 4))
    ? { authorityId: authority.id, basis: "year", year: authority.year }
    : undefined;
}
