import type { MeasureOptions, Row, Stats } from "./harness";
import type { BenchOrder } from "./orders";

/** What every section gets: the orders, and the warm in-process figures measured once per run and shared. */
export type BenchContext = {
  orders: BenchOrder[];
  /** Warm in-process render of one order (draft → DOCX bytes), measured on first request. */
  warm(order: BenchOrder): Promise<Stats>;
  /** Scale for run counts: `--quick` lowers it for a smoke run. */
  runs(options: MeasureOptions): MeasureOptions;
};

/**
 * One part of the table. A section is a function returning rows; `index.ts` lists them in
 * print order, and `--only <id>` runs one. Server load and browser sections plug in here.
 */
export type Section = {
  id: string;
  title: string;
  run(ctx: BenchContext): Promise<Row[]>;
};
