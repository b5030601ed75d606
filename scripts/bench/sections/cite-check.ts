/**
 * The cite-check on a 30-page brief (issue 16: under 1 s): the three seed orders' original text,
 * pleading-paper line numbers and all, repeated to 30 pages of 2,500 characters, checked against
 * the built-in library. The first check in the process (the library's index built, regular
 * expressions compiled) and the warm median.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { checkCitations } from "@/lib/cite-check/check-citations";
import { measure, plainRow, type Row } from "../harness";
import type { Section } from "../section";

const PAGE_CHARACTERS = 2_500;
const PAGES = 30;

/** About 30 pages of real order text with errors in its citations. */
export function thirtyPageBrief(): string {
  const seeds = ["000", "001", "002"].map((n) =>
    readFileSync(path.resolve(import.meta.dirname, `../../../fixtures/cite-check/seeds/${n}.txt`), "utf8"),
  );
  let brief = "";
  while (brief.length < PAGES * PAGE_CHARACTERS) brief += `${seeds.join("\n\n")}\n\n`;
  return brief;
}

export const citeCheck: Section = {
  id: "cite-check",
  title: "Cite-check (text → findings)",
  async run(ctx) {
    const brief = thirtyPageBrief();
    const started = performance.now();
    const first = checkCitations(brief);
    const firstMs = performance.now() - started;
    const stats = await measure(() => checkCitations(brief), ctx.runs({ warmup: 3, runs: 30, budgetMs: 15_000 }));
    const errors = first.findings.filter((f) => f.severity === "error").length;
    const note = `${(brief.length / 1000).toFixed(0)} K characters, ${first.citations.length} citations, ${errors} errors; first check in the process ${firstMs.toFixed(0)} ms; target < 1000 ms`;
    const rows: Row[] = [plainRow(this.title, `${PAGES}-page brief`, stats, note)];
    return rows;
  },
};
