import { listAuthorities, type Authority, type CaseAuthority, type Proposition } from "@/lib/authorities";
import { isWestlawCite } from "@/lib/authorities";
import { normalizeName } from "./case-name";
import { checkAttribution, checkPropositionPin } from "./check-attribution";
import { checkCase, checkPinsInside } from "./check-case";
import { checkForm } from "./check-form";
import { cleanText, originalSpan } from "./clean-text";
import { extractCitations } from "./extract-citations";
import type { CheckedCitation, CiteCheckResult, Finding } from "./findings";
import { baseSection, identifyCase, identifyRule, identifyStatute, shortNameMatches } from "./identify";
import { indexLibrary, reporterCiteIn, type CheckableAuthority, type LibraryIndex } from "./library-index";
import { compactReporter } from "./reporters";
import { oneSpaced, report, type CheckContext } from "./report";
import type { CaseCitation, ExtractedCitation, WrittenPin } from "./types";

export type CheckOptions = {
  /** The authorities to check against: the built-in library by default; add the chambers' own. */
  authorities?: readonly CheckableAuthority[];
  /**
   * False for a passage that stands inside a larger document (one field of the wizard): a short
   * form or an *Id.* with nothing before it may follow a citation elsewhere, so it is not judged.
   */
  wholeDocument?: boolean;
};

/** What an *Id.* would refer to. */
type Previous =
  | { kind: "authority"; authority: Authority; proposition?: Proposition }
  | { kind: "unknown" }
  | { kind: "record" }
  | { kind: "string" };

type State = {
  previous?: Previous | undefined;
  claimStart: number;
  fullSeen: Set<string>;
  /** Full cites of cases the library lacks: "volume|reporter" and WL numbers, and names, for their short forms. */
  unknownFull: Set<string>;
  /** U.S. Code titles by section number, from full statute cites, for "§ 1292(b)" after "28 U.S.C. § 1292(b)". */
  statuteTitles: Map<string, number>;
  noted: Set<string>;
};

const indexes = new WeakMap<readonly CheckableAuthority[], LibraryIndex>();
function indexFor(authorities: readonly CheckableAuthority[]): LibraryIndex {
  let index = indexes.get(authorities);
  if (!index) {
    index = indexLibrary(authorities);
    indexes.set(authorities, index);
  }
  return index;
}

const unknownKeys = (citation: CaseCitation): string[] => {
  const keys =
    "wl" in citation.cite ? [citation.cite.wl] : [`${citation.cite.volume}|${compactReporter(citation.cite.reporter)}`];
  if (citation.name) keys.push(normalizeName(citation.name.text).toLowerCase());
  return keys;
};

/** Notes told once per authority in a document: cautions, "as cited only", who in the chambers verified it. */
function noteOnce(ctx: CheckContext, state: State, citation: ExtractedCitation, authority: CheckableAuthority): void {
  if (state.noted.has(authority.id)) return;
  state.noted.add(authority.id);
  const label = authority.kind === "case" ? normalizeName(authority.shortName) : authority.id;
  if (authority.chambers) {
    report(
      ctx,
      citation,
      "chambers-verified",
      "note",
      `${label} is in the chambers' library: verified by ${authority.chambers.verifiedBy} on ${authority.chambers.verifiedAt} at ${authority.chambers.source}.`,
      {
        authorityId: authority.id,
      },
    );
  } else if (authority.verification.level === "as-cited") {
    report(
      ctx,
      citation,
      "as-cited-only",
      "note",
      `${label} was not verified in a source: the library carries it as a court order cites it (${authority.verification.source}).`,
      {
        authorityId: authority.id,
      },
    );
  }
  for (const caution of authority.cautions ?? [])
    report(ctx, citation, "caution", "note", caution, { authorityId: authority.id });
}

function notVerified(ctx: CheckContext, citation: ExtractedCitation, what: string): void {
  report(
    ctx,
    citation,
    "not-verified",
    "note",
    `${what} is not in the library: not verified (neither wrong nor right).`,
  );
}

/** The first pin of a case citation's main cite. */
const mainPin = (citation: CaseCitation): WrittenPin | undefined => citation.cite.pins[0];

/** The proposition the parent citation cites this nested authority for ("(citing Ahrenholz …)"). */
function nestedProposition(parent: Proposition | undefined, authority: Authority): Proposition | undefined {
  const ref = [parent?.quoting, parent?.citing].find((r) => r?.authorityId === authority.id);
  return ref?.propositionId ? authority.propositions.find((p) => p.id === ref.propositionId) : undefined;
}

function checkCaseCitation(
  ctx: CheckContext,
  state: State,
  citations: readonly ExtractedCitation[],
  i: number,
  resolved: (Authority | undefined)[],
  propositions: (Proposition | undefined)[],
  wholeDocument: boolean,
): Previous {
  const citation = citations[i] as CaseCitation;
  const authority = identifyCase(citation, ctx.index);
  resolved[i] = authority;
  const written = citation.name ? normalizeName(citation.name.text) : spanTextOf(ctx, citation);
  if (citation.form === "short") {
    const seen = authority
      ? state.fullSeen.has(authority.id)
      : unknownKeys(citation).some((k) => state.unknownFull.has(k));
    if (!seen && wholeDocument)
      report(
        ctx,
        citation,
        "short-before-full",
        "error",
        `A short form before any full citation of ${authority ? normalizeName(authority.name) : written}: cite it in full first.`,
        {
          ...(authority ? { authorityId: authority.id } : {}),
        },
      );
  }
  checkCase(ctx, citation, authority);
  if (!authority) {
    if (citation.form === "full") {
      for (const key of unknownKeys(citation)) state.unknownFull.add(key);
      notVerified(ctx, citation, written);
    }
    return { kind: "unknown" };
  }
  if (citation.form === "full") state.fullSeen.add(authority.id);
  noteOnce(ctx, state, citation, authority);
  const parent = citation.nestedIn;
  const proposition =
    parent !== undefined
      ? nestedProposition(propositions[parent], authority)
      : checkAttribution(ctx, citations, i, resolved, claimBefore(ctx, state, citation), authority).proposition;
  propositions[i] = proposition;
  if (proposition) checkPropositionPin(ctx, citation, authority, proposition, mainPin(citation));
  return { kind: "authority", authority, ...(proposition ? { proposition } : {}) };
}

const spanTextOf = (ctx: CheckContext, citation: ExtractedCitation) =>
  oneSpaced(ctx.clean.text.slice(citation.start, citation.end));

const TRAILING_SIGNAL =
  /(?:^|\s)(?:[Ss]ee(?:\s+also|,?\s+e\.g\.,|\s+generally)?|[Cc]f\.|[Bb]ut\s+see|[Aa]ccord|[Cc]ompare|[Ee]\.g\.,)\s*$/;

/** The words a citation is given for: the text since the citation before it, up to its signal. */
function claimBefore(ctx: CheckContext, state: State, citation: ExtractedCitation): string {
  return ctx.clean.text
    .slice(Math.max(state.claimStart, citation.start - 1500), citation.start)
    .replace(TRAILING_SIGNAL, "");
}

function checkIdCitation(
  ctx: CheckContext,
  state: State,
  citations: readonly ExtractedCitation[],
  i: number,
  resolved: (Authority | undefined)[],
  propositions: (Proposition | undefined)[],
  wholeDocument: boolean,
): Previous | undefined {
  const citation = citations[i]!;
  if (citation.kind !== "id") return undefined;
  const previous = state.previous;
  if (!previous) {
    if (wholeDocument)
      report(ctx, citation, "id-without-antecedent", "error", "Id. with no citation before it to refer to.");
    return undefined;
  }
  if (previous.kind === "string") {
    report(
      ctx,
      citation,
      "id-after-string-cite",
      "error",
      "Id. after a citation to more than one authority: say which one (a short form).",
    );
    return previous;
  }
  if (previous.kind !== "authority") return previous;
  const authority = previous.authority;
  resolved[i] = authority;
  if (authority.kind === "case" && !isWestlawCite(authority.cite) && citation.pin) {
    checkPinsInside(ctx, citation, authority, [citation.pin], authority.cite, "id-pin-outside");
  }
  if (authority.kind === "case") {
    for (const parallel of citation.parallelPins) {
      const libraryCite = reporterCiteIn(authority as CaseAuthority, parallel.reporter);
      if (libraryCite) checkPinsInside(ctx, citation, authority, parallel.pins, libraryCite, "id-pin-outside");
    }
  }
  const { proposition } = checkAttribution(ctx, citations, i, resolved, claimBefore(ctx, state, citation), authority);
  propositions[i] = proposition;
  if (proposition && citation.pin) checkPropositionPin(ctx, citation, authority, proposition, citation.pin);
  return { kind: "authority", authority, ...(proposition ? { proposition } : {}) };
}

/**
 * Checks every citation in `text` against the library (see the module's findings): pure, and
 * linear in the text's length for a fixed library. Spans in the result index into `text` as given.
 */
export function checkCitations(text: string, options: CheckOptions = {}): CiteCheckResult {
  const authorities = options.authorities ?? (listAuthorities() as readonly CheckableAuthority[]);
  const wholeDocument = options.wholeDocument ?? true;
  const clean = cleanText(text);
  const ctx: CheckContext = { original: text, clean, index: indexFor(authorities), findings: [] };
  const citations = extractCitations(clean.text);
  // Cases are identified up front: a citation's "(quoting …)" parenthetical names one that follows it.
  const resolved: (Authority | undefined)[] = citations.map((c) =>
    c.kind === "case" ? identifyCase(c, ctx.index) : undefined,
  );
  const propositions: (Proposition | undefined)[] = citations.map(() => undefined);
  const state: State = {
    claimStart: 0,
    fullSeen: new Set(),
    unknownFull: new Set(),
    statuteTitles: new Map(),
    noted: new Set(),
  };

  citations.forEach((citation, i) => {
    checkForm(ctx, citation);
    let next: Previous | undefined;
    switch (citation.kind) {
      case "case":
        next = checkCaseCitation(ctx, state, citations, i, resolved, propositions, wholeDocument);
        break;
      case "id":
        next = checkIdCitation(ctx, state, citations, i, resolved, propositions, wholeDocument);
        break;
      case "supra": {
        const authority = [...state.fullSeen]
          .map((id) => ctx.index.byId.get(id))
          .find(
            (a): a is CaseAuthority & CheckableAuthority =>
              a?.kind === "case" && shortNameMatches(citation.name.text, a),
          );
        resolved[i] = authority;
        if (!authority && wholeDocument && !state.unknownFull.has(normalizeName(citation.name.text).toLowerCase()))
          report(
            ctx,
            citation,
            "short-before-full",
            "error",
            `"${normalizeName(citation.name.text)}, supra" before any full citation of it.`,
          );
        next = authority ? { kind: "authority", authority } : { kind: "unknown" };
        break;
      }
      case "statute": {
        const base = baseSection(citation.section);
        if (citation.form === "full" && citation.title !== undefined) state.statuteTitles.set(base, citation.title);
        const title = citation.form === "full" ? citation.title : state.statuteTitles.get(base);
        if (citation.form === "short" && title === undefined && wholeDocument)
          report(
            ctx,
            citation,
            "short-before-full",
            "error",
            `"§ ${citation.section}" before the full citation of the section (e.g. "28 U.S.C. § ${citation.section}").`,
          );
        const authority = identifyStatute(citation, title, ctx.index);
        resolved[i] = authority;
        if (authority) noteOnce(ctx, state, citation, authority);
        else if (citation.form === "full" && !state.noted.has(`usc-${title}-${citation.section}`)) {
          state.noted.add(`usc-${title}-${citation.section}`);
          notVerified(ctx, citation, `${title} U.S.C. § ${citation.section}`);
        }
        next = authority ? { kind: "authority", authority } : { kind: "unknown" };
        break;
      }
      case "rule": {
        const authority = identifyRule(citation, ctx.index);
        resolved[i] = authority;
        if (authority) noteOnce(ctx, state, citation, authority);
        else if (!state.noted.has(`${citation.rules}${citation.number}`)) {
          state.noted.add(`${citation.rules}${citation.number}`);
          notVerified(ctx, citation, `${citation.rules} ${citation.number}`);
        }
        next = authority ? { kind: "authority", authority } : { kind: "unknown" };
        break;
      }
      case "record":
        next = { kind: "record" };
        break;
    }
    const isClause =
      citation.nestedIn === undefined &&
      !((citation.kind === "statute" || citation.kind === "rule") && citation.textual);
    if (isClause) {
      state.previous = citation.inStringCite ? { kind: "string" } : next;
      state.claimStart = citation.end;
    }
  });

  return { citations: checkedCitations(ctx, citations, resolved), findings: sortFindings(ctx.findings) };
}

const SEVERITY_ORDER = { error: 0, note: 1 } as const;
const sortFindings = (findings: Finding[]) =>
  [...findings].sort((a, b) => a.start - b.start || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);

function checkedCitations(
  ctx: CheckContext,
  citations: readonly ExtractedCitation[],
  resolved: readonly (Authority | undefined)[],
): CheckedCitation[] {
  return citations.flatMap((citation, i) => {
    if (citation.kind === "record") return [];
    const { start, end } = originalSpan(ctx.clean, citation.start, citation.end);
    const about = ctx.findings.filter((f) => f.start === start && f.end === end);
    const status = about.some((f) => f.severity === "error") ? "error" : about.length > 0 ? "note" : "ok";
    const authorityId = resolved[i]?.id;
    return [
      {
        start,
        end,
        text: ctx.original.slice(start, end),
        kind: citation.kind,
        status,
        ...(authorityId ? { authorityId } : {}),
      },
    ];
  });
}
