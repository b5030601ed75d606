import { isWestlawCite, type CaseAuthority, type RuleAuthority, type StatuteAuthority } from "@/lib/authorities";
import { normalizeName } from "./case-name";
import { citeKey, type LibraryIndex } from "./library-index";
import { nameSimilarity } from "./text-similarity";
import type { CaseCitation, RuleCitation, StatuteCitation } from "./types";

/** A name this close to a library name identifies the case even when its volume or page is wrong. */
const NAME_ALONE = 0.85;
/** A name this close identifies it when the volume, the first page or the year agrees too. */
const NAME_WITH_ONE_MORE = 0.6;

const bestNameScore = (name: string, names: readonly string[]) =>
  Math.max(...names.map((candidate) => nameSimilarity(normalizeName(name), candidate)));

/**
 * The library case a full or short case citation cites: by its reporter (or Westlaw) cite when it
 * is exact, else by its name (so a wrong volume or page is reported as such, not as an unknown
 * case). Undefined when the library lacks it.
 */
export function identifyCase(citation: CaseCitation, index: LibraryIndex): CaseAuthority | undefined {
  const cite = citation.cite;
  if ("wl" in cite) {
    const byWl = index.byWestlaw.get(cite.wl);
    if (byWl) return byWl;
  } else if (cite.page !== undefined) {
    const byCite = index.byCite.get(citeKey(cite.volume, cite.reporter, cite.page));
    if (byCite) return byCite;
  } else {
    // A short cite: the volume and reporter, and the name when one is given.
    const candidates = index.byVolumeReporter.get(citeKey(cite.volume, cite.reporter, undefined)) ?? [];
    if (candidates.length === 1 && !citation.name) return candidates[0];
    if (citation.name) {
      const named = candidates.find((c) => shortNameMatches(citation.name!.text, c));
      if (named) return named;
    }
    if (candidates.length === 1) return candidates[0];
  }
  const name = citation.name?.text;
  if (!name) return undefined;
  let best: { authority: CaseAuthority; score: number } | undefined;
  for (const { authority, names } of index.cases) {
    const score = citation.form === "short" && shortNameMatches(name, authority) ? 1 : bestNameScore(name, names);
    const libraryCite = isWestlawCite(authority.cite) ? undefined : authority.cite;
    const reporterCite = "wl" in cite ? undefined : cite;
    // What else agrees: it decides between two cases of one name ("In re Trump" in the 4th and 6th Circuits).
    const agreements = [
      reporterCite !== undefined && reporterCite.volume === libraryCite?.volume,
      reporterCite !== undefined && reporterCite.page === libraryCite?.firstPage,
      citation.date?.year === authority.year,
      citation.date !== undefined && citation.date.court.replace(/\s+/g, " ") === authority.court,
    ].filter(Boolean).length;
    const enough = score >= NAME_ALONE || (score >= NAME_WITH_ONE_MORE && agreements > 0);
    const ranked = score + agreements / 100;
    if (enough && (!best || ranked > best.score)) best = { authority, score: ranked };
  }
  return best?.authority;
}

/** A short cite's name ("Brizzee", "In re Cement Antitrust Litig.") fits the case: its short name, or its full name's start. */
export function shortNameMatches(written: string, authority: CaseAuthority): boolean {
  const name = normalizeName(written).toLowerCase();
  const short = normalizeName(authority.shortName).toLowerCase();
  const full = normalizeName(authority.name).toLowerCase();
  return name === short || full.startsWith(name) || full.includes(name) || nameSimilarity(name, short) >= NAME_ALONE;
}

/** "1292(b)(1)" is part of "1292(b)"; "15" is not part of "1". */
const isPartOf = (part: string, whole: string) => part.startsWith(`${whole}(`);

/** "1292(b)" → "1292". */
const baseSection = (section: string) => /^[\dA-Za-z-]+?(?=\(|$)/.exec(section)?.[0] ?? section;

/** The library statute a U.S. Code citation names: the exact section, or the section of which it names a part. */
export function identifyStatute(
  citation: StatuteCitation,
  title: number | undefined,
  index: LibraryIndex,
): StatuteAuthority | undefined {
  if (title === undefined) return undefined;
  const sameTitle = index.statutes.filter((s) => s.title === title);
  return (
    sameTitle.find((s) => s.section === citation.section) ??
    sameTitle.find((s) => isPartOf(s.section, citation.section) || isPartOf(citation.section, s.section)) ??
    sameTitle.find((s) => baseSection(s.section) === baseSection(citation.section))
  );
}

export { baseSection };

/** The library rule a rule citation names (the rule or a part of it the library holds). */
export function identifyRule(citation: RuleCitation, index: LibraryIndex): RuleAuthority | undefined {
  const same = index.rules.filter((r) => r.rules === citation.rules);
  return (
    same.find((r) => r.number === citation.number) ??
    same.find((r) => isPartOf(r.number, citation.number) || isPartOf(citation.number, r.number))
  );
}
