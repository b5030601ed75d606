/**
 * The cite-check from the command line: every citation in a text, Word or PDF file checked
 * against the verified library, one finding a line.
 *   npm run cite-check -- <file.txt|.docx|.pdf>
 * Exit codes: 0 no error (notes, "not verified" included, are not errors); 1 at least one error;
 * 2 the file cannot be read.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { checkCitations } from "../lib/cite-check/check-citations";
import { formatFindingLine } from "../lib/cite-check/format-finding";
import { documentKind, documentText, UnreadableDocumentError } from "../server/cite-check/document-text";

const USAGE = "Usage: npm run cite-check -- <file.txt|.docx|.pdf>";

export async function main(
  argv: string[],
  out: (line: string) => void = console.log,
  err = console.error,
): Promise<number> {
  const file = argv.find((arg) => !arg.startsWith("-"));
  if (!file || argv.includes("--help") || argv.includes("-h")) {
    err(USAGE);
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch {
    err(`Cannot read ${file}: no such file, or it is not readable.`);
    return 2;
  }
  const kind = documentKind(bytes, path.basename(file));
  if (!kind) {
    err(`${file}: not a text, .docx or .pdf file.`);
    return 2;
  }
  let text: string;
  try {
    text = await documentText(bytes, kind);
  } catch (error) {
    if (error instanceof UnreadableDocumentError) {
      err(`${file}: ${error.message}`);
      return 2;
    }
    throw error;
  }
  const { findings, citations } = checkCitations(text);
  for (const finding of findings) out(formatFindingLine(file, text, finding));
  const errors = findings.filter((f) => f.severity === "error").length;
  err(`${citations.length} citations, ${errors} errors, ${findings.length - errors} notes`);
  return errors > 0 ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(2);
    },
  );
}
