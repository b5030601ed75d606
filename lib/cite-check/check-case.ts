import { formatBluebookDate } from "@/lib/dates";
import { isWestlawCite, type CaseAuthority, type ReporterCite } from "@/lib/authorities";
import { normalizeName } from "./case-name";
import { acceptedNames, reporterCiteIn } from "./library-index";
import { t1Reporter } from "./reporters";
import { oneSpaced, report, spanText, type CheckContext } from "./report";
import type { CaseCitation, WrittenPin, WrittenReporterCite } from "./types";

/**
 * Checks a case citation against the library's record of the case: the name, volume, reporter
 * and first page (of the main cite and each parallel), the court and year (the exact date for a
 * Westlaw cite), "(en banc)" and "(per curiam)", and subsequent history.
 */

const plainHistory = (text: string) => text.replace(/\*/g, "");

/** Words in `a` that `b` lacks, for a message. */
const missingWords = (a: string, b: string) => {
  const have = new Set(b.toLowerCase().split(" "));
  return a.split(" ").filter((word) => !have.has(word.toLowerCase()));
};

function checkName(ctx: CheckContext, citation: CaseCitation, authority: CaseAuthority): void {
  if (citation.form !== "full" || !citation.name) return;
  const written = normalizeName(citation.name.text);
  const accepted = acceptedNames(authority);
  if (accepted.includes(written)) return;
  const wanted = normalizeName(authority.name);
  let why: string;
  if (accepted.some((name) => name.toLowerCase() === written.toLowerCase()))
    why = /\bV\./.test(written) ? '"v." is lower case' : "the capitals differ";
  else if (missingWords(wanted, written).length > 0 && missingWords(written, wanted).length === 0)
    why = `"${missingWords(wanted, written).join(" ")}" is missing`;
  else why = `"${written}" is misspelled`;
  report(ctx, citation, "case-name", "error", `The case is "${wanted}": ${why}.`, {
    fix: { from: written, to: wanted },
    authorityId: authority.id,
  });
}

function checkReporterCite(
  ctx: CheckContext,
  citation: CaseCitation,
  authority: CaseAuthority,
  written: WrittenReporterCite,
  libraryCite: ReporterCite,
): void {
  const name = normalizeName(authority.name);
  if (written.volume !== libraryCite.volume) {
    report(
      ctx,
      citation,
      "volume",
      "error",
      `${name} is in volume ${libraryCite.volume} of ${libraryCite.reporter}, not ${written.volume}.`,
      {
        fix: {
          from: `${written.volume} ${oneSpaced(written.reporter)}`,
          to: `${libraryCite.volume} ${oneSpaced(written.reporter)}`,
        },
        authorityId: authority.id,
      },
    );
  }
  if (written.page !== undefined && written.page !== libraryCite.firstPage) {
    report(
      ctx,
      citation,
      "first-page",
      "error",
      `${name} begins at page ${libraryCite.firstPage} of ${libraryCite.volume} ${libraryCite.reporter}, not ${written.page}.`,
      {
        fix: {
          from: `${oneSpaced(written.reporter)} ${written.page}`,
          to: `${oneSpaced(written.reporter)} ${libraryCite.firstPage}`,
        },
        authorityId: authority.id,
      },
    );
  }
  checkPinsInside(ctx, citation, authority, written.pins, libraryCite, "pin-outside");
}

/**
 * Pins against the opinion's pages: before the first page is always wrong; past the last page is
 * wrong when the library knows the last page, and otherwise cannot be judged (a note).
 */
export function checkPinsInside(
  ctx: CheckContext,
  citation: { start: number; end: number },
  authority: CaseAuthority,
  pins: readonly WrittenPin[],
  libraryCite: ReporterCite,
  kind: "pin-outside" | "id-pin-outside",
): void {
  for (const pin of pins) {
    if (pin.star) continue;
    const pages = `${libraryCite.volume} ${libraryCite.reporter} ${libraryCite.firstPage}${libraryCite.lastPage ? `-${libraryCite.lastPage}` : ""}`;
    if (pin.first < libraryCite.firstPage || (libraryCite.lastPage !== undefined && pin.last > libraryCite.lastPage)) {
      report(
        ctx,
        citation,
        kind,
        "error",
        `Pin ${oneSpaced(pin.text)} is outside ${normalizeName(authority.shortName)} (${pages}).`,
        {
          authorityId: authority.id,
        },
      );
    } else if (libraryCite.lastPage === undefined && pin.last > libraryCite.firstPage) {
      report(
        ctx,
        citation,
        "pin-unjudged",
        "note",
        `The library has no verified last page for ${normalizeName(authority.shortName)}: pin ${oneSpaced(pin.text)} cannot be checked against the opinion's pages.`,
        {
          authorityId: authority.id,
        },
      );
    }
  }
}

function checkCites(ctx: CheckContext, citation: CaseCitation, authority: CaseAuthority): void {
  const cite = citation.cite;
  if ("wl" in cite) {
    if (!isWestlawCite(authority.cite) || authority.cite.wl !== cite.wl) {
      report(
        ctx,
        citation,
        "volume",
        "error",
        `${normalizeName(authority.name)} is cited ${isWestlawCite(authority.cite) ? authority.cite.wl : "by reporter"}, not ${cite.wl}.`,
        {
          authorityId: authority.id,
        },
      );
    }
    return;
  }
  for (const written of [cite, ...citation.parallels]) {
    const libraryCite = reporterCiteIn(authority, written.reporter);
    if (libraryCite) {
      checkReporterCite(ctx, citation, authority, written, libraryCite);
      continue;
    }
    const expected = isWestlawCite(authority.cite) ? undefined : authority.cite;
    const reporter = oneSpaced(written.reporter);
    if (expected && written === cite) {
      report(
        ctx,
        citation,
        "reporter",
        "error",
        `${normalizeName(authority.name)} is reported in ${expected.reporter}, not ${t1Reporter(reporter) ?? reporter}.`,
        {
          fix: { from: reporter, to: expected.reporter },
          authorityId: authority.id,
        },
      );
      checkPinsInside(ctx, citation, authority, written.pins, expected, "pin-outside");
    }
  }
}

function checkCourtAndDate(ctx: CheckContext, citation: CaseCitation, authority: CaseAuthority): void {
  if (citation.form !== "full") return;
  const expectedCourt = authority.court;
  const westlaw = isWestlawCite(authority.cite) ? authority.cite : undefined;
  const expected = `(${[expectedCourt, westlaw ? formatBluebookDate(westlaw.date) : String(authority.year)].filter(Boolean).join(" ")})`;
  const date = citation.date;
  if (!date) {
    report(ctx, citation, "date-missing", "error", `The citation lacks its court-and-year parenthetical ${expected}.`, {
      fix: { from: "", to: expected },
      authorityId: authority.id,
    });
    return;
  }
  const written = spanText(ctx, date);
  if (oneSpaced(date.court) !== expectedCourt) {
    report(
      ctx,
      citation,
      "court",
      "error",
      expectedCourt
        ? `${normalizeName(authority.shortName)} was decided by the ${expectedCourt}, not "${date.court || "(none)"}".`
        : `A Supreme Court case names no court in its parenthetical: ${expected}.`,
      {
        fix: { from: written, to: expected },
        authorityId: authority.id,
      },
    );
  }
  if (date.year !== authority.year) {
    report(
      ctx,
      citation,
      "year",
      "error",
      `${normalizeName(authority.shortName)} was decided in ${authority.year}, not ${date.year}.`,
      {
        fix: { from: written, to: expected },
        authorityId: authority.id,
      },
    );
  } else if (westlaw && date.month && oneSpaced(written) !== expected && oneSpaced(date.court) === expectedCourt) {
    report(
      ctx,
      citation,
      "year",
      "error",
      `${normalizeName(authority.shortName)} was decided ${formatBluebookDate(westlaw.date)}.`,
      {
        fix: { from: written, to: expected },
        authorityId: authority.id,
      },
    );
  }
}

const WEIGHT = /^(en banc|per curiam)$/i;

function checkWeight(ctx: CheckContext, citation: CaseCitation, authority: CaseAuthority): void {
  if (citation.form !== "full") return;
  const written = citation.parentheticals.map((p) => p.text.toLowerCase()).filter((text) => WEIGHT.test(text));
  const expected = (authority.courtParentheticals ?? []).map((p) => p.toLowerCase());
  const after = citation.date ? spanText(ctx, citation.date) : "";
  for (const weight of expected) {
    if (written.includes(weight)) continue;
    const severity = weight === "en banc" ? "error" : "note";
    report(
      ctx,
      citation,
      "weight-parenthetical",
      severity,
      weight === "en banc"
        ? `${normalizeName(authority.shortName)} was decided en banc: add "(en banc)".`
        : `${normalizeName(authority.shortName)} is a per curiam decision: Bluebook R10.6.1 adds "(per curiam)".`,
      {
        fix: { from: after, to: `${after} ${expected.map((p) => `(${p})`).join(" ")}`.trim() },
        authorityId: authority.id,
      },
    );
  }
  for (const weight of written) {
    if (!expected.includes(weight)) {
      report(
        ctx,
        citation,
        "weight-parenthetical",
        "error",
        `${normalizeName(authority.shortName)} was not decided ${weight}: drop "(${weight})".`,
        {
          fix: { from: `(${weight})`, to: "" },
          authorityId: authority.id,
        },
      );
    }
  }
}

const HISTORY_WORDS =
  /^(superseded|rev'd|aff'd|vacated|overruled|abrogated|cert\.\s?denied|cert\.\s?granted|modified|withdrawn)\b/i;
/** A history phrase names its source when it carries a citation, a statute or a public law. */
const NAMES_A_SOURCE = /\d+\s+[A-Z][A-Za-z.]*\s*\d|Pub\.\s?L\.|Stat\.|U\.S\.C\.|\bAct\b|\d{4}\s+WL|\sv\.\s|No\.\s?\d/;

function checkHistory(ctx: CheckContext, citation: CaseCitation, authority: CaseAuthority | undefined): void {
  const phrases = [
    ...citation.parentheticals.filter((p) => HISTORY_WORDS.test(p.text)).map((p) => p.text),
    ...(citation.history ? [citation.history.text] : []),
  ];
  for (const phrase of phrases) {
    if (NAMES_A_SOURCE.test(phrase)) continue;
    const known = authority?.kind === "case" ? authority.subsequentHistory?.find((h) => h.negative) : undefined;
    report(
      ctx,
      citation,
      "history-without-source",
      "error",
      `Subsequent history must name its source ("${phrase}" names none)${known ? `: ${plainHistory(known.text)}` : ""}.`,
      {
        ...(known ? { fix: { from: phrase, to: plainHistory(known.text) } } : {}),
        ...(authority ? { authorityId: authority.id } : {}),
      },
    );
  }
  if (authority && citation.form === "full" && phrases.length === 0) {
    for (const history of authority.subsequentHistory ?? []) {
      if (!history.negative) continue;
      report(
        ctx,
        citation,
        "negative-history",
        "note",
        `${normalizeName(authority.shortName)} has subsequent history that takes away its force: ${plainHistory(history.text)}.`,
        {
          authorityId: authority.id,
        },
      );
    }
  }
}

/** All checks of one case citation against the library's case (or, without one, what needs no library). */
export function checkCase(ctx: CheckContext, citation: CaseCitation, authority: CaseAuthority | undefined): void {
  checkHistory(ctx, citation, authority);
  if (!authority) return;
  checkName(ctx, citation, authority);
  checkCites(ctx, citation, authority);
  checkCourtAndDate(ctx, citation, authority);
  checkWeight(ctx, citation, authority);
}
