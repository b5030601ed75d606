/**
 * Renders .docx files with LibreOffice and checks the result as a reader sees it.
 *   npm run check:docx -- <file.docx>…
 * For each file: converts it to PDF (own temporary LibreOffice profile per run, so parallel runs
 * never lose work), reads it back with poppler's pdftotext, reports the page count and, on
 * pleading paper (detected from the header), that every page shows the numbers 1-28 in the left
 * margin, and how many body lines sit off the numbered grid. Exit 0 when every file passes,
 * 1 when one fails, 2 on a usage error or when soffice/pdftotext are missing.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { strFromU8, unzipSync } from "fflate";

const run = promisify(execFile);

/** What one page of the PDF shows. */
export type PageCheck = {
  page: number;
  /** Numbers found in the left margin, top to bottom. */
  marginNumbers: number[];
  /** 1..28 that are missing from the margin (pleading paper only). */
  missingNumbers: number[];
  /** Body lines (by baseline) with no line number on the same baseline (±1 pt). */
  offGridLines: number;
  /** Body lines in all. */
  bodyLines: number;
};

/** The result of checking one .docx. */
export type RenderCheck = {
  file: string;
  pleading: boolean;
  pages: PageCheck[];
  /** pdftotext -layout output, pages separated by form feeds. */
  layoutText: string;
  problems: string[];
  ok: boolean;
};

/** True when a .docx carries the pleading-paper line numbers (1..28 in a header text box). */
export function hasPleadingHeader(docx: Uint8Array): boolean {
  const files = unzipSync(docx, { filter: (file) => /^word\/header\d*\.xml$/.test(file.name) });
  return Object.values(files).some((data) => {
    const xml = strFromU8(data);
    return xml.includes("<w:txbxContent>") && xml.includes(">1</w:t>") && xml.includes(">28</w:t>");
  });
}

type Word = { xMin: number; yMax: number; text: string };

/** Words with their boxes per page, from `pdftotext -bbox`. */
export function parseBboxPages(html: string): Word[][] {
  return html
    .split(/<page /)
    .slice(1)
    .map((page) =>
      [...page.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
        (m) => ({
          xMin: Number(m[1]),
          yMax: Number(m[2]),
          text: m[3] ?? "",
        }),
      ),
    );
}

/** Left edge of the body text on pleading paper in points (1.5"); numbers sit left of the rule at 1.3". */
const BODY_LEFT_PT = 1.45 * 72;
const NUMBER_RIGHT_PT = 1.3 * 72;
/** The numbered grid: from the 1" top margin down 28 lines of 24 pt (bottom of the grid plus descenders). */
const GRID_TOP_PT = 72;
const GRID_BOTTOM_PT = 72 + 28 * 24 + 4;

/** Checks one page's words: the margin numbers and the body lines that sit off their baselines. */
export function checkPage(words: Word[], page: number, pleading: boolean): PageCheck {
  const numbers = words
    .filter((w) => w.xMin < NUMBER_RIGHT_PT && /^\d{1,2}$/.test(w.text))
    .sort((a, b) => a.yMax - b.yMax);
  const marginNumbers = numbers.map((w) => Number(w.text));
  const missingNumbers: number[] = [];
  if (pleading) {
    let at = 0;
    for (let n = 1; n <= 28; n++) {
      const found = marginNumbers.indexOf(n, at);
      if (found < 0) missingNumbers.push(n);
      else at = found + 1;
    }
  }
  const inGrid = (w: Word) => w.xMin >= BODY_LEFT_PT && w.yMax > GRID_TOP_PT && w.yMax <= GRID_BOTTOM_PT;
  const baselines = [...new Set(words.filter(inGrid).map((w) => Math.round(w.yMax * 10) / 10))];
  const bodyLines = baselines.filter((y, i) => baselines.findIndex((other) => Math.abs(other - y) < 0.5) === i);
  const offGridLines = bodyLines.filter((y) => !numbers.some((n) => Math.abs(n.yMax - y) <= 1)).length;
  return {
    page,
    marginNumbers,
    missingNumbers,
    offGridLines: pleading ? offGridLines : 0,
    bodyLines: bodyLines.length,
  };
}

/** Converts a .docx to PDF with LibreOffice (own profile) and checks every page. */
export async function checkDocxRender(file: string): Promise<RenderCheck> {
  const docx = new Uint8Array(await readFile(file));
  const pleading = hasPleadingHeader(docx);
  const work = await mkdtemp(path.join(tmpdir(), "check-docx-"));
  try {
    const profile = pathToFileURL(path.join(work, "profile")).href;
    await run(
      "soffice",
      [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", work, path.resolve(file)],
      {
        timeout: 180_000,
      },
    );
    const pdf = path.join(work, `${path.basename(file, path.extname(file))}.pdf`);
    const { stdout: layoutText } = await run("pdftotext", ["-layout", pdf, "-"], { maxBuffer: 64 * 1024 * 1024 });
    const { stdout: bbox } = await run("pdftotext", ["-bbox", pdf, "-"], { maxBuffer: 64 * 1024 * 1024 });
    const pages = parseBboxPages(bbox).map((words, i) => checkPage(words, i + 1, pleading));
    const problems: string[] = [];
    if (pages.length === 0) problems.push("the PDF has no pages");
    for (const page of pages) {
      if (page.missingNumbers.length > 0)
        problems.push(`page ${page.page}: line numbers missing from the margin: ${page.missingNumbers.join(", ")}`);
    }
    return { file, pleading, pages, layoutText, problems, ok: problems.length === 0 };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** The CLI: checks each file, prints a report line per page, returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  if (argv.length === 0 || argv.includes("--help") || argv.includes("-h")) {
    console.error("Usage: npm run check:docx -- <file.docx>…");
    return 2;
  }
  for (const tool of ["soffice", "pdftotext"]) {
    try {
      await run("which", [tool]);
    } catch {
      console.error(
        `${tool} not found: apt-get install -y --no-install-recommends libreoffice-writer-nogui poppler-utils`,
      );
      return 2;
    }
  }
  let failed = false;
  for (const file of argv) {
    try {
      const result = await checkDocxRender(file);
      console.log(
        `${file}: ${result.pages.length} page(s)${result.pleading ? ", pleading paper" : ""} — ${result.ok ? "OK" : "FAIL"}`,
      );
      if (result.pleading) {
        for (const page of result.pages) {
          console.log(
            `  page ${page.page}: numbers ${page.missingNumbers.length === 0 ? "1-28 present" : `missing ${page.missingNumbers.join(",")}`}; ${page.bodyLines - page.offGridLines}/${page.bodyLines} body lines on the grid`,
          );
        }
      }
      for (const problem of result.problems) console.log(`  ${problem}`);
      failed ||= !result.ok;
    } catch (error) {
      console.log(`${file}: FAIL — ${error instanceof Error ? error.message : String(error)}`);
      failed = true;
    }
  }
  return failed ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
