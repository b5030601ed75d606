import { plainText, type Authority, type Proposition } from "@/lib/authorities";
import { formatCitation } from "@/lib/authorities/format-citation";
import { normalizeName } from "./case-name";
import type { IndexedQuote, IndexedStatement } from "./library-index";
import { oneSpaced, report, type CheckContext } from "./report";
import { contentWords, longestSharedRun, overlap, quoteWords } from "./text-similarity";
import type { ExtractedCitation, WrittenPin } from "./types";

/**
 * What a citation is cited for, read from the words before it: a quotation the library records
 * (whose words may belong to another authority), or a statement the library records for one of
 * its propositions. The proposition found gives the pin to compare with the cited one.
 */

/** Quotations shorter than this are too common to attribute. */
const MIN_QUOTE_WORDS = 5;
/** A quotation and a library quotation match when they share this many words in a row (or all of the shorter). */
const QUOTE_RUN = 8;
/** A sentence states a library proposition when their content words overlap this much. */
const SAME_STATEMENT = 0.8;
/** Below this, a sentence does not state any proposition of the cited authority. */
const OTHER_STATEMENT = 0.5;

const QUOTATION = /"([^"]{10,})"/g;

function quotationsIn(claim: string): string[][] {
  return [...claim.matchAll(QUOTATION)].map((m) => quoteWords(m[1]!)).filter((w) => w.length >= MIN_QUOTE_WORDS);
}

function quoteMatches(words: readonly string[], quote: IndexedQuote): boolean {
  const needed = Math.min(QUOTE_RUN, words.length, quote.words.length);
  // A run of `needed` shared words needs at least that many shared words: most quotations fail here, cheaply.
  let shared = 0;
  for (const word of words) if (quote.wordSet.has(word) && ++shared >= needed) break;
  return shared >= needed && longestSharedRun(words, quote.words) >= needed;
}

/** The last sentence of the claim, without its quotation marks. */
function lastSentence(claim: string): string {
  const sentences = claim.split(/(?<=[.?!]["')]*)\s+(?=["'(]?[A-Z])/);
  return (sentences.at(-1) ?? claim).trim();
}

/** The printed full cite of a library authority, for a fix ("cite Fukuda … instead"). */
function printedCite(authority: Authority, proposition: Proposition | undefined): string {
  try {
    return plainText(formatCitation(authority, proposition, "full", { capitalize: false }));
  } catch {
    // A chambers authority's nested references are not in the built-in registry: its name will do.
    return authority.kind === "case" ? authority.name : authority.id;
  }
}

export type Attribution = { proposition?: Proposition };

/** The authorities a citation's parentheticals name ("(quoting Fisons …)"): they may hold its quotation too. */
function nestedAuthorities(
  citations: readonly ExtractedCitation[],
  index: number,
  resolved: readonly (Authority | undefined)[],
): Set<string> {
  const ids = new Set<string>();
  citations.forEach((citation, i) => {
    if (citation.nestedIn === index && resolved[i]) ids.add(resolved[i]!.id);
  });
  return ids;
}

/**
 * Checks what the claim before a case citation (`claim`: the text since the previous citation)
 * attributes to `authority`, and returns the proposition it states, if the library has it.
 */
export function checkAttribution(
  ctx: CheckContext,
  citations: readonly ExtractedCitation[],
  index: number,
  resolved: readonly (Authority | undefined)[],
  claim: string,
  authority: Authority,
): Attribution {
  const citation = citations[index]!;
  const nested = nestedAuthorities(citations, index, resolved);
  let proposition: Proposition | undefined;
  for (const words of quotationsIn(claim)) {
    const holders = ctx.index.quotes.filter((quote) => quoteMatches(words, quote));
    if (holders.length === 0) continue;
    const own = holders.find((h) => h.authority.id === authority.id);
    if (own) {
      proposition ??= own.proposition;
      const quoting = own.proposition.quoting;
      if (quoting && citation.kind === "case" && citation.form === "full" && !nested.has(quoting.authorityId)) {
        const target = ctx.index.byId.get(quoting.authorityId);
        const targetProposition = target?.propositions.find((p) => p.id === quoting.propositionId);
        if (target) {
          const parenthetical = `(quoting ${printedCite(target, targetProposition)})`;
          report(
            ctx,
            citation,
            "missing-quoting",
            "error",
            `${name(authority)} quotes these words from ${name(target)}: add ${parenthetical}.`,
            {
              fix: { from: "", to: parenthetical },
              authorityId: authority.id,
            },
          );
        }
      }
      continue;
    }
    if (holders.some((h) => nested.has(h.authority.id))) continue;
    const other = holders[0]!;
    report(
      ctx,
      citation,
      "quote-other-authority",
      "error",
      `The library records these words as ${name(other.authority)}'s${other.proposition.pin ? ` (at ${other.proposition.pin})` : ""}, not ${name(authority)}'s.`,
      {
        fix: {
          from: oneSpaced(ctx.clean.text.slice(citation.start, citation.end)),
          to: printedCite(other.authority, other.proposition),
        },
        authorityId: authority.id,
      },
    );
  }
  const sentence = contentWords(lastSentence(claim.replace(/"/g, "")));
  if (sentence.size >= 6) {
    let bestOwn: IndexedStatement | undefined;
    let bestOwnScore = 0;
    let bestOther: IndexedStatement | undefined;
    let bestOtherScore = 0;
    for (const statement of ctx.index.statements) {
      const score = overlap(sentence, statement.words);
      if (statement.authority.id === authority.id || nested.has(statement.authority.id)) {
        if (score > bestOwnScore) [bestOwn, bestOwnScore] = [statement, score];
      } else if (score > bestOtherScore) [bestOther, bestOtherScore] = [statement, score];
    }
    if (bestOwn && bestOwnScore >= SAME_STATEMENT - 0.2 && bestOwn.authority.id === authority.id)
      proposition ??= bestOwn.proposition;
    if (bestOther && bestOtherScore >= SAME_STATEMENT && bestOwnScore < OTHER_STATEMENT && !proposition) {
      report(
        ctx,
        citation,
        "statement-other-authority",
        "error",
        `The library records this proposition as ${name(bestOther.authority)}'s${bestOther.proposition.pin ? ` (at ${bestOther.proposition.pin})` : ""}; ${name(authority)} is not recorded for it.`,
        {
          fix: {
            from: oneSpaced(ctx.clean.text.slice(citation.start, citation.end)),
            to: printedCite(bestOther.authority, bestOther.proposition),
          },
          authorityId: authority.id,
        },
      );
    }
  }
  return proposition ? { proposition } : {};
}

const name = (authority: Authority) =>
  authority.kind === "case"
    ? normalizeName(authority.shortName)
    : authority.kind === "statute"
      ? `§ ${authority.section}`
      : authority.number;

const samePin = (a: string, b: string) => a.replace(/\s+/g, "") === b.replace(/\s+/g, "");

/**
 * The cited pin against the pin the library records for the proposition cited: a different page
 * is an error when the library's pin was verified, a note when it was not; the same unverified pin
 * is a note.
 */
export function checkPropositionPin(
  ctx: CheckContext,
  citation: ExtractedCitation,
  authority: Authority,
  proposition: Proposition,
  pin: WrittenPin | undefined,
): void {
  if (!proposition.pin) return;
  // No pin: a citation to the authority as a whole, or an Id. to the same page as before.
  if (pin === undefined) return;
  const written = oneSpaced(pin.text);
  if (samePin(written, proposition.pin)) {
    if (!proposition.pinVerified)
      report(
        ctx,
        citation,
        "pin-not-verified",
        "note",
        `The library has not verified ${name(authority)} at ${proposition.pin} for this proposition${proposition.note ? ` (${proposition.note.replace(/\.$/, "")})` : ""}.`,
        {
          authorityId: authority.id,
        },
      );
    return;
  }
  if (proposition.pinVerified) {
    report(
      ctx,
      citation,
      "pin-mismatch",
      "error",
      `The library verified this at ${proposition.pin} of ${name(authority)}, not ${written}.`,
      {
        fix: { from: written, to: proposition.pin },
        authorityId: authority.id,
      },
    );
  } else {
    report(
      ctx,
      citation,
      "pin-not-verified",
      "note",
      `The library records this at ${proposition.pin} of ${name(authority)} (not verified), not ${written}.`,
      {
        fix: { from: written, to: proposition.pin },
        authorityId: authority.id,
      },
    );
  }
}
