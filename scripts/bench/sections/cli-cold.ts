/**
 * Cold start of the CLI rendering one order: the whole process, from spawn to exit, three ways:
 * `npm run render` as the README documents it, tsx directly (what the npm script runs), and
 * node on a prebuilt esbuild bundle (no TypeScript compile at start-up). One untimed run first
 * so the OS file cache is warm; every timed run is a new process.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { bundleCli } from "../cli-bundle";
import { measure, orderRow, plainRow, type Row } from "../harness";
import { ROOT, TODAY } from "../orders";
import type { Section } from "../section";
import { formatMs } from "../table";

const ORDER = "fixtures/seeds/002.json";

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: ROOT, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed: ${result.stderr}`);
}

export const cliCold: Section = {
  id: "cli",
  title: "CLI cold start, one order (seed 002, whole process)",
  async run(ctx) {
    const dir = mkdtempSync(path.join(tmpdir(), "bench-cli-"));
    try {
      const out = path.join(dir, "order.docx");
      const cliArgs = [ORDER, "-o", out, "--today", TODAY];
      const bundle = bundleCli(dir);
      const variants: { name: string; command: string; args: string[]; note: string; floor?: true }[] = [
        {
          name: "npm run render",
          command: "npm",
          args: ["run", "--silent", "render", "--", ...cliArgs],
          note: "npm + tsx + node",
        },
        {
          name: "tsx scripts/render-order.ts",
          command: path.join(ROOT, "node_modules/.bin/tsx"),
          args: ["scripts/render-order.ts", ...cliArgs],
          note: "TypeScript compiled at start-up",
        },
        {
          name: "node render-order.mjs (esbuild bundle)",
          command: process.execPath,
          args: [bundle.file, ...cliArgs],
          note: `bundle built once in ${formatMs(bundle.buildMs)} ms, not timed`,
        },
        {
          name: "node -e '' (floor)",
          command: process.execPath,
          args: ["-e", ""],
          note: "Node start-up alone",
          floor: true,
        },
      ];
      const rows: Row[] = [];
      for (const variant of variants) {
        const stats = await measure(() => run(variant.command, variant.args), ctx.runs({ warmup: 1, runs: 10 }));
        rows.push((variant.floor ? plainRow : orderRow)(this.title, variant.name, stats, variant.note));
      }
      return rows;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
