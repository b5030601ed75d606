/**
 * The largest valid draft (fixtures/limits/max.json: every list and record at its limit, free
 * text up to the 1 MiB body limit) through the server's work for each request, in process: CPU
 * time per request, which must stay under 1 s (issue 14: one user must not stall every chambers).
 * The redline compares the draft with itself with every long text's words shuffled, the diff's
 * worst case, first with the long texts as few long paragraphs (the committed fixture), then as
 * many short ones. The server caches a redline per pair of versions, so each is paid once.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { limitDraft, reshuffledDraft } from "@/lib/motion/limit-draft";
import { LIMIT_FIXTURE } from "@/lib/motion/limit-fixture";
import { MotionDraftSchema, type MotionDraft } from "@/lib/motion/schema";
import { draftOrder } from "@/lib/order/draft-order";
import { renderDocx } from "@/lib/render/docx";
import { OrderHtml } from "@/lib/render/html/order-html";
import { orderRedline, renderDocxWithComments, renderRedlineDocx } from "@/lib/review";
import { readiness } from "@/lib/standards/readiness";
import { plainRow, summarize, type Row, type Stats } from "../harness";
import { ROOT } from "../orders";
import type { Section } from "../section";

/** CPU milliseconds (user + system) of `fn`, over repeated runs after a warm-up. */
async function measureCpu(fn: () => unknown, warmup: number, runs: number): Promise<Stats> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    await fn();
    const used = process.cpuUsage(start);
    samples.push((used.user + used.system) / 1000);
  }
  return summarize(samples);
}

const orderOf = (draft: MotionDraft) => draftOrder(draft);

export const limitsSection: Section = {
  id: "limits",
  title: "Largest valid draft: CPU per request (limit 1 s)",
  async run(ctx) {
    const text = readFileSync(path.join(ROOT, LIMIT_FIXTURE), "utf8");
    const max = MotionDraftSchema.parse(JSON.parse(text));
    const shuffled = reshuffledDraft(max);
    const base = MotionDraftSchema.parse(JSON.parse(readFileSync(path.join(ROOT, "fixtures/stress/301.json"), "utf8")));
    const even = limitDraft(base, text.length, "even");
    const evenShuffled = reshuffledDraft(even);
    const redlineOnce = (before: MotionDraft, after: MotionDraft) => {
      const [older, newer] = [orderOf(before), orderOf(after)];
      return orderRedline(older.doc, newer.doc, newer.style);
    };
    const body = JSON.stringify({ baseRevision: 1, data: max });
    const { warmup, runs } = ctx.runs({ warmup: 2, runs: 7 });
    const cases: [string, () => unknown, string][] = [
      [
        "save (parse and check the body)",
        () => JSON.stringify(MotionDraftSchema.parse((JSON.parse(body) as { data: unknown }).data)),
        `${(body.length / 1024).toFixed(0)} KB body`,
      ],
      [
        "review page (draft the order, HTML)",
        () => {
          const { doc, style } = orderOf(max);
          return renderToString(createElement(OrderHtml, { doc, style, idPrefix: "review-", blockIds: true }));
        },
        "",
      ],
      [
        "Word file with comments",
        () => {
          const { doc, style } = orderOf(max);
          return renderDocxWithComments(doc, style, []);
        },
        "",
      ],
      [
        "render API (check, draft, Word)",
        () => {
          const draft = MotionDraftSchema.parse(JSON.parse(text));
          readiness(draft);
          const { doc, style } = orderOf(draft);
          return renderDocx(doc, style);
        },
        "",
      ],
      [
        "versions page: redline, every long text reshuffled",
        () => redlineOnce(max, shuffled),
        "uncached: both orders drafted, then diffed",
      ],
      [
        "versions page: the same, most paragraphs",
        () => redlineOnce(even, evenShuffled),
        "long texts spread evenly: 169 paragraphs changed",
      ],
      [
        "redline Word file, every long text reshuffled",
        () => {
          const [older, newer] = [orderOf(max), orderOf(shuffled)];
          return renderRedlineDocx(older.doc, newer.doc, newer.style, { author: "Clerk", date: new Date(0) });
        },
        "uncached",
      ],
    ];
    const rows: Row[] = [];
    for (const [name, fn, note] of cases) {
      const stats = await measureCpu(fn, warmup, runs);
      rows.push(plainRow(this.title, name, stats, `${note}${note ? "; " : ""}CPU ms`));
    }
    // The generator itself, so a schema change that slows it shows here too.
    rows.push(
      plainRow(
        this.title,
        "generate the fixture (limitDraft)",
        await measureCpu(() => limitDraft(base, text.length), 1, 3),
        "CPU ms",
      ),
    );
    return rows;
  },
};
