import { listAuthorities } from "@/lib/authorities";
import { checkCitations, type CheckOptions } from "@/lib/cite-check/check-citations";
import type { CiteCheckResult } from "@/lib/cite-check/findings";
import type { CheckableAuthority } from "@/lib/cite-check/library-index";
import type { Actor } from "@/server/auth/actor";
import type { Db } from "@/server/db/types";
import { listChambersAuthorities } from "./chambers-authorities";

/** The built-in library and the actor's chambers' own authorities: what a check in these chambers runs against. */
export async function authoritiesFor(db: Db, actor: Actor): Promise<readonly CheckableAuthority[]> {
  const own = await listChambersAuthorities(db, actor);
  return own.length === 0 ? listAuthorities() : [...listAuthorities(), ...own.map((entry) => entry.authority)];
}

/** Checks text for a signed-in member, against the built-in library and the chambers' own. */
export async function checkForActor(
  db: Db,
  actor: Actor,
  text: string,
  options: Omit<CheckOptions, "authorities"> = {},
): Promise<CiteCheckResult> {
  return checkCitations(text, { ...options, authorities: await authoritiesFor(db, actor) });
}
