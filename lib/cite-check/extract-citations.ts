import { caseNameBefore } from "./case-name";
import { parsePinAt, PIN_SOURCE } from "./pins";
import { REPORTER_PATTERN } from "./reporters";
import type {
  CaseCitation,
  ExtractedCitation,
  RuleCitation,
  Span,
  StatuteCitation,
  WrittenDate,
  WrittenParenthetical,
  WrittenPin,
  WrittenReporterCite,
  WrittenWestlawCite,
} from "./types";

/**
 * Finds every citation in cleaned text (`cleanText`): full and short case citations (reporter or
 * Westlaw, with parallels, pins, the court-and-date parenthetical, weight and explanatory
 * parentheticals, subsequent history), *Id.*, *supra*, U.S. Code sections and federal rules (as
 * citations and as mentions in a sentence), and record citations (only so an *Id.* knows what it
 * follows). Written for this domain: the eyecite ports on the npm registry missed rules, dropped
 * statutory subsections and misread names (docs/cite-check.md).
 */

const REPORTER_CITE = new RegExp(
  String.raw`(?<![\w.,])(\d{1,4})\s+(${REPORTER_PATTERN})\s+(?:(\d{1,5})(?![\w])|at\s+(?=[*\d]))`,
  "g",
);
/** The same, anchored where it is asked for (a parallel cite right after a comma). */
const REPORTER_CITE_HERE = new RegExp(REPORTER_CITE.source, "y");
const WESTLAW_CITE = /(?<![\w])((?:19|20)\d{2})\s+WL\s+(\d{3,9})(?![\w])/g;
const STATUTE_FULL =
  /(?<![\w])(\d{1,2})\s+U\.\s?S\.\s?C\.(?:\s?A\.)?\s*§§?\s*(\d{1,5}[a-z]{0,2}(?:-\d+)?)((?:\([a-zA-Z0-9]{1,4}\))*)/g;
const STATUTE_SHORT =
  /(?<!U\.\s?S\.\s?C\.(?:\s?A\.)?\s*)§§?\s*(\d{1,5}[a-z]{0,2}(?:-\d+)?)((?:\([a-zA-Z0-9]{1,4}\))*)/g;
const RULE_FULL =
  /Fed\.\s?R\.\s?(Civ\.\s?P|App\.\s?P|Crim\.\s?P|Bankr\.\s?P|Evid)\.\s*(\d{1,3})((?:\([a-zA-Z0-9]{1,4}\))*)/g;
const RULE_TEXTUAL =
  /Federal\s+Rule\s+of\s+(Civil|Appellate|Criminal|Bankruptcy)\s+Procedure\s+(\d{1,3})((?:\([a-zA-Z0-9]{1,4}\))*)/g;
const ID_CITE = new RegExp(String.raw`(?<![\w.])[Ii]d\.(?:,?\s+at\s+(${PIN_SOURCE}))?`, "g");
const SUPRA = new RegExp(String.raw`,\s+supra(?:,?\s+(?:note\s+\d+,?\s+)?at\s+(${PIN_SOURCE}))?`, "g");
const RECORD =
  /(?<![\w])(?:Doc(?:ket)?|ECF|Dkt|D\.I|D\.E)\.?\s*(?:Nos?\.?|#)?\s*\d{1,5}(?:-\d{1,3})?(?:\s*,\s*\d{1,5}(?:-\d{1,3})?)*(?:,?\s*(?:at|p\.)\s*[\d-]+)?/gi;
const SIGNAL =
  /(?:^|[\s(;])((?:[Ss]ee(?:,?\s+e\.g\.,|\s+also|\s+generally)?|[Cc]f\.|[Bb]ut\s+see|[Aa]ccord|[Cc]ompare|[Ee]\.g\.,|citing|quoting))\s*$/;
const SESSION_LAW = /(?:Pub\.\s?L\.\s?No\.\s?[\d-]+,?|Stat\.\s?\d*,?)\s*$/;
const HISTORY =
  /^,\s*(?:superseded|rev'd|aff'd|vacated|overruled|abrogated|cert\.\s?denied|cert\.\s?granted|modified|amended|withdrawn|reh'g)/i;
const RULE_NAMES: Record<string, RuleCitation["rules"]> = {
  Civ: "Fed. R. Civ. P.",
  App: "Fed. R. App. P.",
  Crim: "Fed. R. Crim. P.",
  Bankr: "Fed. R. Bankr. P.",
  Evid: "Fed. R. Evid.",
  Civil: "Fed. R. Civ. P.",
  Appellate: "Fed. R. App. P.",
  Criminal: "Fed. R. Crim. P.",
  Bankruptcy: "Fed. R. Bankr. P.",
};

/** Pins after a reporter cite: ", 1153" / ", 206 n.1" (full) or "at 1026" (short), stopping before a parallel cite. */
function pinsAfter(text: string, from: number, short: boolean): { pins: WrittenPin[]; end: number } {
  const pins: WrittenPin[] = [];
  let end = from;
  if (short) {
    const pin = parsePinAt(text.slice(end, end + 20), end);
    if (pin) {
      pins.push(pin);
      end = pin.end;
    }
  }
  for (;;) {
    const sep = /^,\s*(?:at\s+)?/.exec(text.slice(end, end + 12));
    if (!sep) break;
    const at = end + sep[0].length;
    // ", 104 S. Ct. 1970" is a parallel cite, not a pin.
    REPORTER_CITE_HERE.lastIndex = at;
    if (REPORTER_CITE_HERE.test(text)) break;
    const pin = parsePinAt(text.slice(at, at + 20), at);
    if (!pin || /^\d{4}\s+WL/.test(text.slice(at, at + 12))) break;
    pins.push(pin);
    end = pin.end;
  }
  return { pins, end };
}

function reporterCiteAt(
  text: string,
  match: RegExpMatchArray & { index: number },
): WrittenReporterCite & { short: boolean } {
  const start = match.index;
  const volumeText = match[1]!;
  const reporterText = match[2]!;
  const reporterStart = start + match[0].indexOf(reporterText, volumeText.length);
  const reporterSpan = { start: reporterStart, end: reporterStart + reporterText.length };
  const short = match[3] === undefined;
  const pageSpan = short
    ? undefined
    : { start: start + match[0].length - match[3]!.length, end: start + match[0].length };
  const { pins, end } = pinsAfter(text, start + match[0].length, short);
  return {
    start,
    end,
    volume: Number(volumeText),
    volumeSpan: { start, end: start + volumeText.length },
    reporter: reporterText,
    reporterSpan,
    ...(short ? {} : { page: Number(match[3]), pageSpan: pageSpan! }),
    pins,
    short,
  };
}

function westlawCiteAt(text: string, match: RegExpMatchArray & { index: number }): WrittenWestlawCite {
  const start = match.index;
  let end = start + match[0].length;
  const pins: WrittenPin[] = [];
  const at = /^,?\s*at\s+/.exec(text.slice(end, end + 10));
  if (at) {
    const pin = parsePinAt(text.slice(end + at[0].length, end + at[0].length + 20), end + at[0].length);
    if (pin) {
      pins.push(pin);
      end = pin.end;
    }
  }
  return { start, end, wl: `${match[1]} WL ${match[2]}`, pins };
}

/**
 * The parenthesis that opens at `open` and where it closes. A parenthesis still open at a
 * paragraph's end is unclosed: it ends after the last parenthesis closed inside it.
 */
function parenthetical(text: string, open: number): { end: number; closed: boolean } {
  let depth = 0;
  let lastInnerClose = open + 1;
  for (let i = open; i < text.length && i < open + 1500; i++) {
    const ch = text[i];
    if (ch === "(") depth++;
    else if (ch === ")") {
      depth--;
      if (depth === 0) return { end: i + 1, closed: true };
      lastInnerClose = i + 1;
    } else if (ch === "\n" && /^\n[ \t]*\n/.test(text.slice(i, i + 12))) break;
  }
  return { end: lastInnerClose, closed: false };
}

const DATE_PAREN =
  /^([^()]*?)\s*(?:(Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)\.?\s+(\d{1,2}),\s*)?((?:17|18|19|20)\d{2})$/;

function dateOf(inner: string, span: Span): WrittenDate | undefined {
  const match = DATE_PAREN.exec(inner.replace(/\s+/g, " ").trim());
  if (!match || match[1]!.length > 40) return undefined;
  return {
    ...span,
    court: match[1]!.trim(),
    year: Number(match[4]),
    ...(match[2] ? { month: match[2], day: Number(match[3]) } : {}),
  };
}

/** A period that ends the sentence a history phrase runs to: after ")", a digit, or a word of four letters or more. */
const SENTENCE_END = /(?:\)|\d|[a-z]{4,})\.(?=\s|$)/g;

/** Everything after the core of a case cite: the date parenthetical, further parentheticals, subsequent history. */
function tailOf(text: string, from: number) {
  let cursor = from;
  let date: WrittenDate | undefined;
  const parentheticals: WrittenParenthetical[] = [];
  let unclosed = false;
  for (;;) {
    const gap = /^\s*\(/.exec(text.slice(cursor, cursor + 40));
    if (!gap) break;
    const open = cursor + gap[0].length - 1;
    const { end, closed } = parenthetical(text, open);
    const inner = text.slice(open + 1, closed ? end - 1 : end);
    const span = { start: open, end };
    const asDate = !date && parentheticals.length === 0 ? dateOf(inner, span) : undefined;
    if (asDate) date = asDate;
    else parentheticals.push({ ...span, text: inner.replace(/\s+/g, " ").trim() });
    cursor = end;
    if (!closed) {
      unclosed = true;
      break;
    }
  }
  let history: (Span & { text: string }) | undefined;
  if (!unclosed && HISTORY.test(text.slice(cursor, cursor + 40))) {
    SENTENCE_END.lastIndex = cursor;
    const endMatch = SENTENCE_END.exec(text);
    const end = endMatch ? endMatch.index + endMatch[0].length - 1 : text.length;
    const start = cursor + /^,\s*/.exec(text.slice(cursor))![0].length;
    history = { start, end, text: text.slice(start, end).replace(/\s+/g, " ") };
    cursor = end;
  }
  return { date, parentheticals, unclosed, history, end: cursor };
}

/** The signal written just before `start`, if any. */
function signalBefore(text: string, start: number): { signal: string; start: number } | undefined {
  const before = text.slice(Math.max(0, start - 30), start);
  const match = SIGNAL.exec(before);
  if (!match) return undefined;
  return { signal: match[1]!.replace(/\s+/g, " "), start: start - before.length + before.lastIndexOf(match[1]!) };
}

/**
 * True when a statute or rule at `start` is a citation clause: it opens a sentence or follows ";"
 * or "(" (after any signal). Otherwise it is a mention in running text ("pursuant to 28 U.S.C.
 * § 1292(b) of"), which leaves the *Id.* chain alone.
 */
function isClauseStart(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 12), start).replace(/\s+$/, "");
  if (before === "" && start < 12) return true;
  const last = before.at(-1);
  if (last === undefined) return true;
  if (";(".includes(last)) return true;
  if (".?!".includes(last)) return true;
  if (`"')`.includes(last)) return /[.?!,]["')]+$/.test(before);
  return false;
}

function caseCitations(text: string): CaseCitation[] {
  const anchors: { start: number; make: () => { cite: WrittenReporterCite | WrittenWestlawCite; short: boolean } }[] =
    [];
  for (const match of text.matchAll(REPORTER_CITE)) {
    anchors.push({
      start: match.index,
      make: () => {
        const cite = reporterCiteAt(text, match);
        return { cite, short: cite.short };
      },
    });
  }
  for (const match of text.matchAll(WESTLAW_CITE)) {
    anchors.push({ start: match.index, make: () => ({ cite: westlawCiteAt(text, match), short: false }) });
  }
  anchors.sort((a, b) => a.start - b.start);

  const citations: CaseCitation[] = [];
  let consumedTo = -1;
  for (const anchor of anchors) {
    if (anchor.start < consumedTo) continue;
    const { cite, short } = anchor.make();
    const isWestlaw = "wl" in cite;
    // The name and (for Westlaw) the docket number before the cite.
    let nameEnd = cite.start;
    const comma = /,\s*$/.exec(text.slice(Math.max(0, cite.start - 6), cite.start));
    let docketNumber: string | undefined;
    if (comma) {
      nameEnd = cite.start - comma[0].length;
      const docket = /(?:^|\s)(Nos?\.\s[^,;()"]{1,40}(?:\([^()]{1,20}\))?[^,;()"]{0,20}),\s*$/.exec(
        text.slice(Math.max(0, cite.start - 90), cite.start),
      );
      if (isWestlaw && docket) {
        docketNumber = docket[1]!.replace(/\s+/g, " ");
        nameEnd = cite.start - docket[0].length + docket[0].indexOf(docket[1]!);
        const before = /,\s*$/.exec(text.slice(Math.max(0, nameEnd - 6), nameEnd));
        nameEnd = before ? nameEnd - before[0].length : nameEnd;
      }
    }
    const name = comma ? caseNameBefore(text, nameEnd) : undefined;
    // Parallel cites: ", 104 S. Ct. 1970, 1981".
    const parallels: WrittenReporterCite[] = [];
    let end = cite.end;
    for (;;) {
      const sep = /^,\s*/.exec(text.slice(end, end + 8));
      if (!sep) break;
      REPORTER_CITE_HERE.lastIndex = end + sep[0].length;
      const next = REPORTER_CITE_HERE.exec(text);
      if (!next) break;
      const parallel = reporterCiteAt(text, next);
      parallels.push(parallel);
      end = parallel.end;
    }
    const tail = tailOf(text, end);
    const start = name?.start ?? cite.start;
    const form: CaseCitation["form"] =
      short || (isWestlaw && !docketNumber && !tail.date && cite.pins.length > 0) ? "short" : "full";
    const signal = signalBefore(text, start);
    citations.push({
      kind: "case",
      form,
      start,
      end: tail.end,
      ...(name ? { name } : {}),
      ...(docketNumber ? { docketNumber } : {}),
      cite,
      parallels,
      ...(tail.date ? { date: tail.date } : {}),
      parentheticals: tail.parentheticals,
      ...(tail.history ? { history: tail.history } : {}),
      unclosed: tail.unclosed,
      inStringCite: false,
      ...(signal ? { signal: signal.signal } : {}),
    });
    consumedTo = parallels.at(-1)?.end ?? cite.end;
  }
  return citations;
}

function statuteCitations(text: string): StatuteCitation[] {
  const found: StatuteCitation[] = [];
  for (const match of text.matchAll(STATUTE_FULL)) {
    found.push({
      kind: "statute",
      form: "full",
      start: match.index,
      end: match.index + match[0].length,
      title: Number(match[1]),
      section: `${match[2]}${match[3] ?? ""}`,
      textual: !isClauseStart(text, signalBefore(text, match.index)?.start ?? match.index),
      inStringCite: false,
    });
  }
  for (const match of text.matchAll(STATUTE_SHORT)) {
    if (SESSION_LAW.test(text.slice(Math.max(0, match.index - 30), match.index))) continue;
    found.push({
      kind: "statute",
      form: "short",
      start: match.index,
      end: match.index + match[0].length,
      section: `${match[1]}${match[2] ?? ""}`,
      textual: !isClauseStart(text, signalBefore(text, match.index)?.start ?? match.index),
      inStringCite: false,
    });
  }
  return found;
}

function ruleCitations(text: string): RuleCitation[] {
  const found: RuleCitation[] = [];
  for (const pattern of [RULE_FULL, RULE_TEXTUAL]) {
    for (const match of text.matchAll(pattern)) {
      const key = match[1]!.replace(/\.\s?P$/, "").replace(/\..*$/, "");
      found.push({
        kind: "rule",
        rules: RULE_NAMES[key] ?? "Fed. R. Civ. P.",
        number: `${match[2]}${match[3] ?? ""}`,
        start: match.index,
        end: match.index + match[0].length,
        textual: pattern === RULE_TEXTUAL || !isClauseStart(text, match.index),
        inStringCite: false,
      });
    }
  }
  return found;
}

/** Every citation in reading order, each marked when it sits in another's parenthetical or in a string cite. */
export function extractCitations(text: string): ExtractedCitation[] {
  const cases = caseCitations(text);
  const all: ExtractedCitation[] = [...cases];
  const insideCaseCore = (start: number) =>
    cases.some(
      (c) =>
        (c.name && start >= c.name.start && start < c.name.end) ||
        (c.history && start >= c.history.start && start < c.history.end) ||
        (start >= c.cite.start && start < (c.parallels.at(-1)?.end ?? c.cite.end)),
    );
  for (const citation of [...statuteCitations(text), ...ruleCitations(text)]) {
    if (!insideCaseCore(citation.start)) all.push(citation);
  }
  for (const match of text.matchAll(ID_CITE)) {
    const start = match.index;
    let end = start + match[0].length;
    const pinText = match[1];
    const pin = pinText ? parsePinAt(pinText, end - pinText.length) : undefined;
    // "Id. at 541-42, 104 S. Ct. at 1981": the parallel's pin belongs to the Id.
    const parallelPins: WrittenReporterCite[] = [];
    const sep = /^,\s*/.exec(text.slice(end, end + 6));
    if (pin && sep) {
      REPORTER_CITE_HERE.lastIndex = end + sep[0].length;
      const next = REPORTER_CITE_HERE.exec(text);
      if (next) {
        const parallel = reporterCiteAt(text, next);
        parallelPins.push(parallel);
        end = parallel.end;
      }
    }
    const signal = signalBefore(text, start);
    all.push({
      kind: "id",
      start,
      end,
      ...(pin ? { pin } : {}),
      parallelPins,
      inStringCite: false,
      ...(signal ? { signal: signal.signal } : {}),
    });
  }
  for (const match of text.matchAll(SUPRA)) {
    const name = caseNameBefore(text, match.index, 8);
    if (!name) continue;
    const pinText = match[1];
    const end = match.index + match[0].length;
    const pin = pinText ? parsePinAt(pinText, end - pinText.length) : undefined;
    all.push({ kind: "supra", start: name.start, end, name, ...(pin ? { pin } : {}), inStringCite: false });
  }
  for (const match of text.matchAll(RECORD)) {
    all.push({ kind: "record", start: match.index, end: match.index + match[0].length, inStringCite: false });
  }
  // Case cites found inside a short cite of the same reporter (parallels consumed) are dropped above; now order and nest.
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const withoutIdParallels = all.filter(
    (citation) =>
      !(
        citation.kind === "case" &&
        all.some((other) => other.kind === "id" && other.parallelPins.some((p) => p.start === citation.cite.start))
      ),
  );
  withoutIdParallels.forEach((citation, index) => {
    for (let j = index - 1; j >= 0; j--) {
      const outer = withoutIdParallels[j]!;
      if (outer.kind === "case" && citation.start >= outer.start && citation.start < outer.end) {
        citation.nestedIn = j;
        break;
      }
    }
  });
  markStringCites(text, withoutIdParallels);
  return withoutIdParallels;
}

/** Two citation clauses with only ";" (and a signal) between them form a string cite. */
function markStringCites(text: string, citations: ExtractedCitation[]): void {
  const clauses = citations
    .map((citation, index) => ({ citation, index }))
    .filter(
      ({ citation }) =>
        citation.nestedIn === undefined &&
        citation.kind !== "record" &&
        !((citation.kind === "statute" || citation.kind === "rule") && citation.textual),
    );
  for (let i = 1; i < clauses.length; i++) {
    const before = clauses[i - 1]!.citation;
    const after = clauses[i]!.citation;
    const between = text.slice(before.end, after.start);
    if (
      /^\s*;\s*(?:(?:[Ss]ee(?:\s+also|,?\s+e\.g\.,)?|[Cc]f\.|[Bb]ut\s+see|[Aa]ccord|[Ee]\.g\.,)\s+)?$/.test(between)
    ) {
      before.inStringCite = true;
      after.inStringCite = true;
    }
  }
}
