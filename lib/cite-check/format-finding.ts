import { FINDING_LABELS } from "./finding-words";
import type { Finding } from "./findings";

/** Line and column (1-based) of an offset in a text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** The fix as a clerk reads it: `"474" → "475"`, or what to add. */
export function fixText(fix: NonNullable<Finding["fix"]>): string {
  if (fix.from === "") return `add "${fix.to}"`;
  if (fix.to === "") return `drop "${fix.from}"`;
  return `"${fix.from}" → "${fix.to}"`;
}

/**
 * One finding on one line, as compilers print theirs:
 * `brief.txt:18:62: error volume: Pulliam v. Allen is in volume 466 … [fix: "446 U.S." → "466 U.S."]`.
 */
export function formatFindingLine(file: string, text: string, finding: Finding): string {
  const { line, column } = lineAndColumn(text, finding.start);
  const fix = finding.fix ? ` [fix: ${fixText(finding.fix)}]` : "";
  return `${file}:${line}:${column}: ${finding.severity} ${finding.kind} (${FINDING_LABELS[finding.kind]}): ${finding.message}${fix}`;
}
