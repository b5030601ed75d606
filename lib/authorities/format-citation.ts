import { signalRuns } from "./signal-runs";
import { formatBluebookDate } from "@/lib/dates";
import type { Inline, Signal } from "@/lib/order-doc/types";
import { emphasisRuns, mergeRuns, textRun } from "./emphasis-runs";
import { getAuthority, getProposition } from "./registry";
import { isWestlawCite, type Authority, type AuthorityRef, type CaseAuthority, type Proposition } from "./types";

/** How a citation is printed: the full cite on first mention, a short cite after, *Id.* for the same authority again. */
export type CitationForm = "full" | "short" | "id";

export type FormatCitationOptions = {
  signal?: Signal;
  /** Capitalize the first word (the signal, or *Id.*): the citation starts a sentence. */
  capitalize: boolean;
  /** Form of the authority named in a "(quoting …)" / "(citing …)" parenthetical; full unless told. */
  nestedForm?: (authorityId: string) => "full" | "short";
  /** *Id.* to the same page as the citation just before it prints bare: "*Id.*", not "*Id.* at 1026" again. */
  samePinAsPrevious?: boolean;
};

/** "1026", or for a parallel reporter "104 S. Ct. at 1981" style pieces. */
function reporterAt(volume: number, reporter: string, pin: string): string {
  return `${volume} ${reporter} at ${pin}`;
}

/** Full-cite body of a case: name, reporter or Westlaw cite with pin, court and date, weight parentheticals. */
function caseFull(c: CaseAuthority, p: Proposition | undefined): Inline[] {
  const runs: Inline[] = [textRun(c.name, ["italic"]), textRun(", ")];
  const cite = c.cite;
  if (isWestlawCite(cite)) {
    runs.push(
      textRun(
        `${cite.docketNumber}, ${cite.wl}${p?.pin ? `, at ${p.pin}` : ""} (${c.court} ${formatBluebookDate(cite.date)})`,
      ),
    );
  } else {
    let text = `${cite.volume} ${cite.reporter} ${cite.firstPage}${p?.pin ? `, ${p.pin}` : ""}`;
    c.parallelCites?.forEach((parallel, index) => {
      const parallelPin = index === 0 ? p?.parallelPin : undefined;
      text += `, ${parallel.volume} ${parallel.reporter} ${parallel.firstPage}${parallelPin ? `, ${parallelPin}` : ""}`;
    });
    text += c.court ? ` (${c.court} ${c.year})` : ` (${c.year})`;
    runs.push(textRun(text));
  }
  for (const parenthetical of c.courtParentheticals ?? []) runs.push(textRun(` (${parenthetical})`));
  return runs;
}

/** Short-cite body of a case: "*Cement*, 673 F.2d at 1026"; "*Brizzee*, 2008 WL 426510, at *4". */
function caseShort(c: CaseAuthority, p: Proposition | undefined): Inline[] {
  const cite = c.cite;
  let text: string;
  if (isWestlawCite(cite)) {
    text = `${cite.wl}${p?.pin ? `, at ${p.pin}` : ""}`;
  } else {
    text = p?.pin ? reporterAt(cite.volume, cite.reporter, p.pin) : `${cite.volume} ${cite.reporter} ${cite.firstPage}`;
    const parallel = c.parallelCites?.[0];
    if (parallel && p?.parallelPin) text += `, ${reporterAt(parallel.volume, parallel.reporter, p.parallelPin)}`;
  }
  return [textRun(c.shortName, ["italic"]), textRun(`, ${text}`)];
}

/** "*Id.*", "*Id.* at 1026", "*id.* at *3", with the parallel pin when there is one. */
function idRuns(authority: Authority, p: Proposition | undefined, capitalize: boolean, samePin: boolean): Inline[] {
  const runs: Inline[] = [textRun(capitalize ? "Id." : "id.", ["italic"])];
  if (authority.kind === "case" && p?.pin && !samePin) {
    let text = ` at ${p.pin}`;
    const parallel = authority.parallelCites?.[0];
    if (parallel && p.parallelPin && !isWestlawCite(authority.cite))
      text += `, ${reporterAt(parallel.volume, parallel.reporter, p.parallelPin)}`;
    runs.push(textRun(text));
  }
  return runs;
}

/** The citation itself, without signal, parentheticals or history. */
function citationBody(
  authority: Authority,
  p: Proposition | undefined,
  form: CitationForm,
  capitalize: boolean,
  samePin = false,
): Inline[] {
  if (form === "id") return idRuns(authority, p, capitalize, samePin);
  switch (authority.kind) {
    case "case":
      return form === "full" ? caseFull(authority, p) : caseShort(authority, p);
    case "statute":
      // Bluepages B12.2: after the full cite, "§ 1292(b)" alone.
      return [
        textRun(
          form === "full"
            ? `${authority.title} ${authority.code} §\u00a0${authority.section}`
            : `§\u00a0${authority.section}`,
        ),
      ];
    case "rule":
      // Rules are cited in full every time.
      return [textRun(`${authority.rules} ${authority.number}`)];
  }
}

/** "(quoting …)" / "(citing …)": one level only (Bluebook R1.5(b)), so the nested cite carries no parentheticals of its own. */
function nestedRuns(label: "quoting" | "citing", ref: AuthorityRef, opts: FormatCitationOptions): Inline[] {
  const target = getAuthority(ref.authorityId);
  const targetProposition = ref.propositionId ? getProposition(ref.authorityId, ref.propositionId) : undefined;
  const form = opts.nestedForm?.(ref.authorityId) ?? "full";
  return [textRun(` (${label} `), ...citationBody(target, targetProposition, form, false), textRun(")")];
}

/**
 * Prints one citation as runs (case names, signals and *Id.* italic; reporter text roman), in the
 * Bluebook/Bluepages form asked for. Parentheticals follow Bluebook R1.5(b): weight ("en banc"),
 * "(citation omitted)", "(quoting …)"/"(citing …)", the explanatory parenthetical, then subsequent
 * history (full cites only). A citation without a proposition prints without a pin.
 * @example formatCitation(cement, controlling, "short", { capitalize: false }) → *In re Cement Antitrust Litig.*, 673 F.2d at 1026
 */
export function formatCitation(
  authority: Authority,
  proposition: Proposition | undefined,
  form: CitationForm,
  opts: FormatCitationOptions,
): Inline[] {
  const runs: Inline[] = [];
  if (opts.signal) runs.push(...signalRuns(opts.signal, opts.capitalize));
  runs.push(
    ...citationBody(authority, proposition, form, opts.capitalize && !opts.signal, opts.samePinAsPrevious === true),
  );
  if (proposition?.citationOmitted) runs.push(textRun(" (citation omitted)"));
  if (proposition?.quoting) runs.push(...nestedRuns("quoting", proposition.quoting, opts));
  if (proposition?.quotingText)
    runs.push(textRun(" (quoting "), ...emphasisRuns(proposition.quotingText), textRun(")"));
  if (proposition?.citing) runs.push(...nestedRuns("citing", proposition.citing, opts));
  if (proposition?.parenthetical) runs.push(textRun(" ("), ...emphasisRuns(proposition.parenthetical), textRun(")"));
  if (form === "full" && authority.kind === "case") {
    for (const history of authority.subsequentHistory ?? []) runs.push(textRun(", "), ...emphasisRuns(history.text));
  }
  return mergeRuns(runs);
}
