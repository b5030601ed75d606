/**
 * In-process warm render: draft → DOCX bytes per order, as the download route runs it, after a
 * warm-up so the JIT, the template cache and the per-style package parts are warm. The note
 * splits the figure into its two stages, each timed on its own.
 */
import { draftOrder } from "@/lib/order/draft-order";
import { renderDocx } from "@/lib/render/docx";
import { measure, orderRow, type Row } from "../harness";
import type { Section } from "../section";
import { formatMs } from "../table";

export const warmRender: Section = {
  id: "warm",
  title: "In-process warm render (draft → DOCX bytes)",
  async run(ctx) {
    const rows: Row[] = [];
    for (const order of ctx.orders) {
      const stats = await ctx.warm(order);
      const drafted = draftOrder(order.draft);
      const draftStage = await measure(
        () => draftOrder(order.draft),
        ctx.runs({ warmup: 20, runs: 200, budgetMs: 3000 }),
      );
      const docxStage = await measure(
        () => renderDocx(drafted.doc, drafted.style),
        ctx.runs({ warmup: 20, runs: 200, budgetMs: 3000 }),
      );
      const bytes = (await renderDocx(drafted.doc, drafted.style)).length;
      const note = `draftOrder ${formatMs(draftStage.median)} + renderDocx ${formatMs(docxStage.median)} ms; ${(bytes / 1024).toFixed(1)} KB`;
      rows.push(orderRow(this.title, order.name, stats, note));
    }
    return rows;
  },
};
