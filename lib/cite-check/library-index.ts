import {
  isWestlawCite,
  type Authority,
  type CaseAuthority,
  type Proposition,
  type ReporterCite,
  type RuleAuthority,
  type StatuteAuthority,
} from "@/lib/authorities";
import { normalizeName } from "./case-name";
import { compactReporter } from "./reporters";
import { contentWords, quoteWords } from "./text-similarity";

/** Who in the chambers verified an authority the chambers added, where and when. */
export type ChambersVerification = { verifiedBy: string; verifiedAt: string; source: string };

/** An authority the check knows: the built-in library's, or the chambers' own (with who verified it). */
export type CheckableAuthority = Authority & { chambers?: ChambersVerification };

export type IndexedQuote = {
  authority: CheckableAuthority;
  proposition: Proposition;
  words: string[];
  wordSet: Set<string>;
};
export type IndexedStatement = { authority: CheckableAuthority; proposition: Proposition; words: Set<string> };

/** Lookups over the authorities a check runs against; built once per list. */
export type LibraryIndex = {
  byId: ReadonlyMap<string, CheckableAuthority>;
  byCite: ReadonlyMap<string, CaseAuthority>;
  byVolumeReporter: ReadonlyMap<string, CaseAuthority[]>;
  byWestlaw: ReadonlyMap<string, CaseAuthority>;
  cases: readonly { authority: CaseAuthority; names: string[] }[];
  statutes: readonly StatuteAuthority[];
  rules: readonly RuleAuthority[];
  quotes: readonly IndexedQuote[];
  statements: readonly IndexedStatement[];
};

export const citeKey = (volume: number, reporter: string, page: number | undefined) =>
  `${volume}|${compactReporter(reporter)}|${page ?? ""}`;

/** The names a full citation may give a case: its Bluebook name, and "In re X" alone for "Y v. Z (In re X)". */
export function acceptedNames(authority: CaseAuthority): string[] {
  const names = [normalizeName(authority.name)];
  const inRe = /\(((?:In re|Ex parte) [^()]+)\)$/.exec(authority.name);
  if (inRe) names.push(inRe[1]!);
  return names;
}

const reporterCites = (authority: CaseAuthority): ReporterCite[] =>
  isWestlawCite(authority.cite)
    ? [...(authority.parallelCites ?? [])]
    : [authority.cite, ...(authority.parallelCites ?? [])];

/** Statements without their Markdown emphasis or quotation marks, as words. */
const statementWords = (statement: string) => contentWords(statement.replace(/[*"]/g, ""));

export function indexLibrary(authorities: readonly CheckableAuthority[]): LibraryIndex {
  const byCite = new Map<string, CaseAuthority>();
  const byVolumeReporter = new Map<string, CaseAuthority[]>();
  const byWestlaw = new Map<string, CaseAuthority>();
  const cases: { authority: CaseAuthority; names: string[] }[] = [];
  const quotes: IndexedQuote[] = [];
  const statements: IndexedStatement[] = [];
  for (const authority of authorities) {
    for (const proposition of authority.propositions) {
      for (const quote of [proposition.quote, ...(proposition.extraQuotes ?? [])]) {
        if (!quote) continue;
        const words = quoteWords(quote);
        quotes.push({ authority, proposition, words, wordSet: new Set(words) });
      }
      statements.push({ authority, proposition, words: statementWords(proposition.statement) });
    }
    if (authority.kind !== "case") continue;
    cases.push({ authority, names: acceptedNames(authority) });
    if (isWestlawCite(authority.cite)) byWestlaw.set(authority.cite.wl, authority);
    for (const cite of reporterCites(authority)) {
      byCite.set(citeKey(cite.volume, cite.reporter, cite.firstPage), authority);
      const key = citeKey(cite.volume, cite.reporter, undefined);
      byVolumeReporter.set(key, [...(byVolumeReporter.get(key) ?? []), authority]);
    }
  }
  return {
    byId: new Map(authorities.map((a) => [a.id, a])),
    byCite,
    byVolumeReporter,
    byWestlaw,
    cases,
    statutes: authorities.filter((a): a is StatuteAuthority & CheckableAuthority => a.kind === "statute"),
    rules: authorities.filter((a): a is RuleAuthority & CheckableAuthority => a.kind === "rule"),
    quotes,
    statements,
  };
}

/** The case's reporter cite in this reporter (its main cite or a parallel), if it has one. */
export function reporterCiteIn(authority: CaseAuthority, reporter: string): ReporterCite | undefined {
  return reporterCites(authority).find((cite) => compactReporter(cite.reporter) === compactReporter(reporter));
}
