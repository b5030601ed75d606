/**
 * The CLI: render a draft (MotionDraft JSON) to a Word order and/or an HTML preview, printing on
 * stderr what the clerk would see in the wizard: the warnings (with their severity) and what the
 * draft still needs.
 *   npm run render -- <draft.json> -o <out.docx> [--html <out.html>] [--strict]
 * Exit codes: 0 written; 1 a file could not be read or written; 2 the input is not valid JSON or not
 * a valid draft (each problem printed as `path: message`, nothing written); 3 with --strict, the
 * draft is not ready or a warning has severity "error" (nothing written).
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { formatIssues, parseDraftJson } from "../lib/motion/parse-draft";
import { draftOrder } from "../lib/order/draft-order";
import { renderDocx } from "../lib/render/docx";
import { evaluate } from "../lib/standards/evaluate";
import { readiness } from "../lib/standards/readiness";
import { reportLines, strictRefusal } from "./render-report";

const USAGE = "Usage: npm run render -- <draft.json> -o <out.docx> [--html <out.html>] [--strict]";

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: "string", short: "o" },
        html: { type: "string" },
        strict: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const input = positionals[0];
  if (!input || (!values.out && !values.html)) {
    console.error(USAGE);
    return 2;
  }
  let text: string;
  try {
    text = await readFile(input, "utf8");
  } catch {
    console.error(`Cannot read ${input}: no such file, or it is not readable.`);
    return 1;
  }
  const result = parseDraftJson(text);
  if (!result.ok) {
    console.error(`${input} is not a valid draft:`);
    for (const line of formatIssues(result.issues)) console.error(`  ${line}`);
    return 2;
  }
  // Reported before drafting: an unfinished draft may be too incomplete to draft at all.
  const { warnings } = evaluate(result.draft);
  const missing = readiness(result.draft);
  for (const line of reportLines(result.draft, warnings, missing)) console.error(line);
  const refusal = values.strict ? strictRefusal(warnings, missing) : undefined;
  if (refusal) {
    console.error(refusal);
    return 3;
  }
  const { doc, style } = draftOrder(result.draft);
  if (values.out) {
    await writeFile(values.out, await renderDocx(doc, style));
    console.log(`wrote ${path.resolve(values.out)}`);
  }
  if (values.html) {
    // Loaded only when asked for: the HTML renderer brings React (1.5 MB of JavaScript), which a .docx-only run need not load.
    const { renderHtmlDocument } = await import("../lib/render/html/render-html-document");
    await writeFile(values.html, renderHtmlDocument(doc, style));
    console.log(`wrote ${path.resolve(values.html)}`);
  }
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    },
  );
}
