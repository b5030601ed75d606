/**
 * The benchmark harness: time a function over repeated runs after a warm-up and summarize the
 * runs as median, min and max. Medians, because one GC pause or a busy neighbour should not
 * move the figure; min and max, so the spread is visible.
 */

export type Stats = { median: number; min: number; max: number; runs: number };

/** One line of the printed table. `perSecond` is 1000 / median: throughput on one core, runs being sequential. */
export type Row = {
  section: string;
  case: string;
  stats: Stats;
  perSecond?: number;
  /** Free text: a ratio, a size, what is compared. */
  note?: string;
};

export type MeasureOptions = {
  /** Untimed runs first, so the JIT and caches are warm (0 for cold-process timings). */
  warmup: number;
  runs: number;
  /** Stop early once this much time was spent on timed runs (at least 5 runs are kept). */
  budgetMs?: number;
};

export function summarize(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]!, runs: sorted.length };
}

/** Times `fn` (sync or async) `runs` times after `warmup` untimed runs; milliseconds. */
export async function measure(fn: () => unknown, options: MeasureOptions): Promise<Stats> {
  for (let i = 0; i < options.warmup; i++) await fn();
  const samples: number[] = [];
  let spent = 0;
  for (let i = 0; i < options.runs; i++) {
    const start = performance.now();
    await fn();
    const elapsed = performance.now() - start;
    samples.push(elapsed);
    spent += elapsed;
    if (options.budgetMs !== undefined && spent > options.budgetMs && samples.length >= 5) break;
  }
  return summarize(samples);
}

/** A row whose throughput is one order per run. */
export function orderRow(section: string, name: string, stats: Stats, note?: string): Row {
  return { section, case: name, stats, perSecond: 1000 / stats.median, ...(note ? { note } : {}) };
}

/** A row that is not an order (a floor, a baseline): no throughput column. */
export function plainRow(section: string, name: string, stats: Stats, note?: string): Row {
  return { section, case: name, stats, ...(note ? { note } : {}) };
}
