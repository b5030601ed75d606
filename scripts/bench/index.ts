/**
 * `npm run bench`: every figure a median of repeated runs with min and max, printed as one
 * Markdown table (docs/benchmarks.md records it with the machine).
 *   npm run bench [-- --only warm,pandoc] [--quick] [--list]
 * Sections are listed below in print order; add one by writing a `Section` and listing it.
 */
import { cpus, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { measure, type MeasureOptions, type Row, type Stats } from "./harness";
import { loadOrders, renderOrder, type BenchOrder } from "./orders";
import type { BenchContext, Section } from "./section";
import { browserSection } from "./sections/browser";
import { citeCheck } from "./sections/cite-check";
import { cliCold } from "./sections/cli-cold";
import { limitsSection } from "./sections/limits";
import { pandoc } from "./sections/pandoc";
import { serverLoad } from "./sections/server-load";
import { warmRender } from "./sections/warm-render";
import { markdownTable } from "./table";

const SECTIONS: Section[] = [warmRender, limitsSection, pandoc, cliCold, serverLoad, browserSection, citeCheck];

function context(quick: boolean): BenchContext {
  const warm = new Map<string, Promise<Stats>>();
  const runs = (options: MeasureOptions): MeasureOptions =>
    quick ? { ...options, warmup: Math.min(options.warmup, 3), runs: Math.min(options.runs, 5) } : options;
  return {
    orders: loadOrders(),
    runs,
    warm(order: BenchOrder) {
      let stats = warm.get(order.name);
      if (!stats) {
        stats = measure(() => renderOrder(order.draft), runs({ warmup: 50, runs: 300, budgetMs: 5000 }));
        warm.set(order.name, stats);
      }
      return stats;
    },
  };
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { only: { type: "string" }, quick: { type: "boolean" }, list: { type: "boolean" } },
  });
  if (values.list) {
    for (const section of SECTIONS) console.log(`${section.id}\t${section.title}`);
    return 0;
  }
  const only = values.only?.split(",").map((id) => id.trim());
  const unknown = only?.filter((id) => !SECTIONS.some((section) => section.id === id)) ?? [];
  if (unknown.length > 0) {
    console.error(
      `Unknown section: ${unknown.join(", ")}. Sections: ${SECTIONS.map((section) => section.id).join(", ")}`,
    );
    return 2;
  }
  const ctx = context(values.quick === true);
  // Other work on the machine moves every figure: the load average before and after says how much there was.
  const loadBefore = loadavg()[0]!;
  const rows: Row[] = [];
  for (const section of SECTIONS.filter((s) => !only || only.includes(s.id))) {
    console.error(`… ${section.title}`);
    rows.push(...(await section.run(ctx)));
  }
  const load = `load average ${loadBefore.toFixed(2)} before, ${loadavg()[0]!.toFixed(2)} after`;
  console.log(`Node ${process.version}, ${cpus()[0]?.model ?? "unknown CPU"}, ${cpus().length} cores, ${load}\n`);
  console.log(markdownTable(rows));
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
