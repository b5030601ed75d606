import type { Row } from "./harness";

/** Milliseconds with enough digits to compare sub-millisecond and multi-second figures alike. */
export function formatMs(ms: number): string {
  if (ms < 10) return ms.toFixed(2);
  if (ms < 100) return ms.toFixed(1);
  return ms.toFixed(0);
}

/** The rows as one Markdown table, ready to paste into docs/benchmarks.md. */
export function markdownTable(rows: Row[]): string {
  const header = ["Section", "Case", "Median ms", "Min ms", "Max ms", "Runs", "Orders/s (1 core)", "Notes"];
  const lines = rows.map((row) => [
    row.section,
    row.case,
    formatMs(row.stats.median),
    formatMs(row.stats.min),
    formatMs(row.stats.max),
    String(row.stats.runs),
    row.perSecond === undefined ? "" : row.perSecond >= 100 ? row.perSecond.toFixed(0) : row.perSecond.toFixed(1),
    row.note ?? "",
  ]);
  const rowsText = [header, header.map(() => "---"), ...lines].map((cells) => `| ${cells.join(" | ")} |`);
  return rowsText.join("\n");
}
