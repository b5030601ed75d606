/**
 * The same orders through pandoc (Markdown → DOCX), side by side with our warm in-process
 * render. Pandoc runs as one process per order, as a server would run it: its figure is the
 * whole process (start-up, reading, writing the .docx). It is given the finished content
 * (resolved citations, numbered headings, footnotes) as Markdown; our figure also includes
 * evaluating the draft, the templates and resolving citations. Ours is timed warm again just
 * before pandoc's runs of the same order, so both see the same load on the machine and the
 * ratio holds when the absolute figures move. The "empty document" row is pandoc's floor:
 * start-up and an empty .docx.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { draftOrder } from "@/lib/order/draft-order";
import { measure, orderRow, plainRow, type Row } from "../harness";
import { renderOrder } from "../orders";
import { orderAsPandocMarkdown } from "../pandoc-markdown";
import type { Section } from "../section";
import { formatMs } from "../table";

const PANDOC = "pandoc";

function pandocVersion(): string | undefined {
  const result = spawnSync(PANDOC, ["--version"], { encoding: "utf8" });
  return result.status === 0 ? result.stdout.split("\n")[0] : undefined;
}

function runPandoc(markdown: string, out: string): void {
  const result = spawnSync(PANDOC, ["-f", "markdown", "-t", "docx", "-o", out], { input: markdown });
  if (result.status !== 0) throw new Error(`pandoc failed: ${result.stderr.toString()}`);
}

export const pandoc: Section = {
  id: "pandoc",
  title: "pandoc, same content (Markdown → DOCX, one process per order)",
  async run(ctx) {
    const version = pandocVersion();
    if (!version) return [];
    const dir = mkdtempSync(path.join(tmpdir(), "bench-pandoc-"));
    try {
      const out = path.join(dir, "order.docx");
      const rows: Row[] = [
        plainRow(
          this.title,
          "empty document",
          await measure(() => runPandoc("", out), ctx.runs({ warmup: 2, runs: 20 })),
          version,
        ),
      ];
      for (const order of ctx.orders) {
        const { doc, style } = draftOrder(order.draft);
        const markdown = orderAsPandocMarkdown(doc, style);
        // Ours measured right before pandoc's runs, warm and back to back as a server renders, so both see the same load.
        const ours = await measure(() => renderOrder(order.draft), ctx.runs({ warmup: 20, runs: 100 }));
        const stats = await measure(() => runPandoc(markdown, out), ctx.runs({ warmup: 2, runs: 20 }));
        rows.push(
          orderRow(
            this.title,
            order.name,
            stats,
            `${(stats.median / ours.median).toFixed(0)}× ours (warm median ${formatMs(ours.median)} ms, timed just before)`,
          ),
        );
      }
      return rows;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
