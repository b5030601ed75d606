import { caseRecordProblems } from "./check-case-record";
import { statementContainsQuote } from "./statement-contains-quote";
import type { Authority, AuthorityRef } from "./types";

/**
 * Every problem in a list of authorities, as sentences (empty when sound): duplicate ids, dangling
 * "(quoting …)"/"(citing …)" references, statements that do not contain their quotations,
 * verification levels that contradict their propositions, and cases whose decision date or page span
 * is unsourced or inconsistent (a pin outside the opinion's pages).
 */
export function checkLibrary(authorities: readonly Authority[]): string[] {
  const problems: string[] = [];
  const byId = new Map<string, Authority>();
  for (const authority of authorities) {
    if (byId.has(authority.id)) problems.push(`duplicate authority id ${authority.id}`);
    byId.set(authority.id, authority);
  }

  const resolves = (ref: AuthorityRef): boolean => {
    const target = byId.get(ref.authorityId);
    if (!target) return false;
    return ref.propositionId === undefined || target.propositions.some((p) => p.id === ref.propositionId);
  };

  for (const authority of authorities) {
    const seen = new Set<string>();
    for (const proposition of authority.propositions) {
      const where = `${authority.id}#${proposition.id}`;
      if (seen.has(proposition.id)) problems.push(`duplicate proposition id ${where}`);
      seen.add(proposition.id);
      for (const quote of [proposition.quote, ...(proposition.extraQuotes ?? [])]) {
        if (quote !== undefined && !statementContainsQuote(proposition.statement, quote)) {
          problems.push(`${where}: statement does not contain its quotation "${quote}"`);
        }
      }
      if (proposition.extraQuotes && proposition.quote === undefined)
        problems.push(`${where}: extraQuotes without quote`);
      if (proposition.quoting && proposition.quotingText) problems.push(`${where}: quoting and quotingText both set`);
      if ((proposition.quoting || proposition.quotingText) && proposition.quote === undefined)
        problems.push(`${where}: "(quoting …)" without a quotation`);
      for (const [label, ref] of [
        ["quoting", proposition.quoting],
        ["citing", proposition.citing],
      ] as const) {
        if (ref && !resolves(ref))
          problems.push(`${where}: ${label} ${ref.authorityId}#${ref.propositionId ?? ""} does not resolve`);
        if (ref?.authorityId === authority.id) problems.push(`${where}: ${label} refers to itself`);
      }
      if (proposition.parallelPin && (authority.kind !== "case" || !authority.parallelCites?.length)) {
        problems.push(`${where}: parallelPin without a parallel cite`);
      }
    }
    const anyPinVerified = authority.propositions.some((p) => p.pinVerified);
    if (authority.verification.level === "as-cited" && anyPinVerified) {
      problems.push(`${authority.id}: an as-cited authority cannot have a verified pin`);
    }
    if (authority.verification.level === "cite-and-pin" && !anyPinVerified) {
      problems.push(`${authority.id}: level cite-and-pin needs at least one verified pin`);
    }
    if (authority.kind === "case" && authority.verification.level !== "cite-and-pin" && anyPinVerified) {
      problems.push(`${authority.id}: a verified pin makes the level cite-and-pin`);
    }
    if (authority.verification.level === "chambers") {
      problems.push(`${authority.id}: a chambers' own authority belongs in its database, not the built-in library`);
    }
    if (authority.verification.source.startsWith("seed ") && authority.verification.level !== "as-cited") {
      problems.push(`${authority.id}: a seed order is a source only for an as-cited authority`);
    }
    if (authority.kind === "case") problems.push(...caseRecordProblems(authority));
  }
  return problems;
}
