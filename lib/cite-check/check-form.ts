import { oneSpaced, report, spanText, type CheckContext } from "./report";
import { t1Reporter } from "./reporters";
import type { CaseCitation, ExtractedCitation, WrittenPin, WrittenReporterCite } from "./types";

/**
 * Form checks that need no library: reporter abbreviations and their spacing (Bluebook T1),
 * pins written "n. 6" or "at * 4", and a parenthetical opened and never closed.
 */

function checkReporterSpacing(ctx: CheckContext, citation: ExtractedCitation, cite: WrittenReporterCite): void {
  const written = oneSpaced(cite.reporter);
  const t1 = t1Reporter(written);
  if (t1 && written !== t1) {
    report(
      ctx,
      citation,
      "reporter-spacing",
      "error",
      `Bluebook T1 abbreviates this reporter "${t1}", not "${written}".`,
      {
        fix: { from: written, to: t1 },
      },
    );
  }
}

function checkPinFormat(ctx: CheckContext, citation: ExtractedCitation, pin: WrittenPin): void {
  const written = oneSpaced(pin.text);
  const fixed = written
    .replace(/^\*\s+/, "*")
    .replace(/n\.\s+(\d)/, "n.$1")
    .replace(/\s*[-–]\s*/, "-");
  if (fixed !== written) {
    report(ctx, citation, "pin-format", "error", `Write the pin "${fixed}", without the space: "${written}".`, {
      fix: { from: written, to: fixed },
    });
  }
}

function reporterCitesOf(citation: ExtractedCitation): WrittenReporterCite[] {
  if (citation.kind === "case")
    return "wl" in citation.cite ? citation.parallels : [citation.cite, ...citation.parallels];
  if (citation.kind === "id") return citation.parallelPins;
  return [];
}

function pinsOf(citation: ExtractedCitation): WrittenPin[] {
  if (citation.kind === "case") return [...citation.cite.pins, ...citation.parallels.flatMap((p) => p.pins)];
  if (citation.kind === "id" || citation.kind === "supra")
    return [
      ...(citation.pin ? [citation.pin] : []),
      ...(citation.kind === "id" ? citation.parallelPins.flatMap((p) => p.pins) : []),
    ];
  return [];
}

function checkUnclosed(ctx: CheckContext, citation: CaseCitation): void {
  if (!citation.unclosed) return;
  const last = citation.parentheticals.at(-1);
  const tail = last ? spanText(ctx, last) : "";
  report(ctx, citation, "unclosed-parenthesis", "error", "A parenthetical is opened and never closed.", {
    fix: { from: tail, to: `${tail})` },
  });
}

/** Runs the form checks on one citation. */
export function checkForm(ctx: CheckContext, citation: ExtractedCitation): void {
  for (const cite of reporterCitesOf(citation)) checkReporterSpacing(ctx, citation, cite);
  for (const pin of pinsOf(citation)) checkPinFormat(ctx, citation, pin);
  if (citation.kind === "case") checkUnclosed(ctx, citation);
}
