import { pinPages } from "./pin-pages";
import { isWestlawCite, type CaseAuthority, type ReporterCite } from "./types";

/**
 * Problems with a case's decision date and page span, as sentences (empty when sound): a date or a
 * last page without the URL it was seen at (or the reverse), a date outside the cited year, a last
 * page before the first, and a pin outside the opinion's pages.
 */
export function caseRecordProblems(c: CaseAuthority): string[] {
  const problems: string[] = [];
  if ((c.decided === undefined) !== (c.decidedSource === undefined)) {
    problems.push(`${c.id}: decided and decidedSource go together`);
  }
  if (c.decided !== undefined && Number(c.decided.slice(0, 4)) !== c.year) {
    problems.push(`${c.id}: decided ${c.decided} is not in the cited year ${c.year}`);
  }
  if (isWestlawCite(c.cite)) {
    if (c.decided !== undefined && c.decided !== c.cite.date) {
      problems.push(`${c.id}: decided ${c.decided} differs from the Westlaw cite's date ${c.cite.date}`);
    }
    return problems;
  }
  problems.push(
    ...spanProblems(
      c.id,
      c.cite,
      c.propositions.map((p) => p.pin),
    ),
  );
  const parallel = c.parallelCites?.[0];
  if (parallel)
    problems.push(
      ...spanProblems(
        `${c.id} (parallel)`,
        parallel,
        c.propositions.map((p) => p.parallelPin),
      ),
    );
  return problems;
}

function spanProblems(where: string, cite: ReporterCite, pins: readonly (string | undefined)[]): string[] {
  const problems: string[] = [];
  const { firstPage, lastPage } = cite;
  if ((lastPage === undefined) !== (cite.lastPageSource === undefined)) {
    problems.push(`${where}: lastPage and lastPageSource go together`);
  }
  if (lastPage !== undefined && lastPage < firstPage) {
    problems.push(`${where}: last page ${lastPage} is before the first page ${firstPage}`);
  }
  for (const pin of pins) {
    const pages = pin === undefined ? undefined : pinPages(pin);
    if (!pages) continue;
    if (pages.last < pages.first) problems.push(`${where}: pin ${pin} runs backwards`);
    if (pages.first < firstPage || (lastPage !== undefined && pages.last > lastPage)) {
      problems.push(`${where}: pin ${pin} lies outside pages ${firstPage}-${lastPage ?? "?"}`);
    }
  }
  return problems;
}
