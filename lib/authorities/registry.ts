import { ALL_AUTHORITIES } from "./all-authorities";
import { checkLibrary } from "./check-library";
import type { Authority, Proposition } from "./types";

const problems = checkLibrary(ALL_AUTHORITIES);
if (problems.length > 0) {
  // A programmer error in the library's data: fail at load, before any order is drafted.
  throw new Error(`The authority library is inconsistent:\n${problems.join("\n")}`);
}

const BY_ID: ReadonlyMap<string, Authority> = new Map(ALL_AUTHORITIES.map((a) => [a.id, a]));

/** A draft's own authorities (the chambers' library, as the draft keeps them), while its order is drafted. */
let draftAuthorities: ReadonlyMap<string, Authority> | undefined;

/**
 * Runs `draft` with these authorities found beside the built-in library: the chambers' own
 * authorities a draft cites. Synchronous and scoped, so that everything the pipeline calls
 * (markers, citation forms, flags) sees them, and nothing outside it does.
 */
export function withAuthorities<T>(authorities: readonly Authority[], draft: () => T): T {
  if (authorities.length === 0) return draft();
  const outer = draftAuthorities;
  draftAuthorities = new Map([...(outer ?? []), ...authorities.map((a) => [a.id, a] as const)]);
  try {
    return draft();
  } finally {
    draftAuthorities = outer;
  }
}

/** The authority with this id, or undefined (for input a user chose). */
export function findAuthority(id: string): Authority | undefined {
  return BY_ID.get(id) ?? draftAuthorities?.get(id);
}

/** The authority with this id. Throws on an unknown id: a template or formulation names a missing authority. */
export function getAuthority(id: string): Authority {
  const authority = findAuthority(id);
  if (!authority) throw new Error(`Unknown authority id: ${id}`);
  return authority;
}

/** One proposition of one authority. Throws when either id is unknown (programmer error). */
export function getProposition(authorityId: string, propositionId: string): Proposition {
  const proposition = getAuthority(authorityId).propositions.find((p) => p.id === propositionId);
  if (!proposition) throw new Error(`Unknown proposition ${propositionId} of authority ${authorityId}`);
  return proposition;
}

/**
 * Whether the library holds this authority and, when one is named, this proposition of it (a saved
 * choice or a clerk's marker may name one since removed).
 */
export function isInLibrary(authorityId: string, propositionId?: string): boolean {
  const authority = findAuthority(authorityId);
  return (
    authority !== undefined &&
    (propositionId === undefined || authority.propositions.some((p) => p.id === propositionId))
  );
}

/**
 * A slot's chosen propositions that the library still holds. An empty choice stays empty (the
 * chambers chose to say nothing); a choice whose every entry is gone is undefined, so the
 * circuit's own formulation stands in (a removed authority never breaks a saved draft).
 */
export function knownChoices<T extends { authorityId: string; propositionId: string }>(
  refs: readonly T[] | undefined,
): T[] | undefined {
  if (refs === undefined) return undefined;
  if (refs.length === 0) return [];
  const known = refs.filter((ref) => isInLibrary(ref.authorityId, ref.propositionId));
  return known.length > 0 ? known : undefined;
}

/** Every authority in the library, in a stable order. */
export function listAuthorities(): readonly Authority[] {
  return ALL_AUTHORITIES;
}
