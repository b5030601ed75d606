/**
 * Cold start of the CLI rendering one order: the whole process, from spawn to exit. `npm run
 * render` as the README documents it (scripts/cli.mjs running the esbuild bundle), the launcher
 * without npm, the first run after a source changed (the bundle rebuilt, then run), and tsx
 * compiling the TypeScript at start-up (what `npm run render` ran before the launcher). One
 * untimed run first, so the OS file cache is warm and the bundle built; every timed run is a new
 * process. The bundles go to a folder of the bench's own (CLI_CACHE_DIR).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { measure, orderRow, plainRow, type Row } from "../harness";
import { ROOT } from "../orders";
import type { Section } from "../section";

const ORDER = "fixtures/seeds/002.json";
const CLI = "scripts/render-order.ts";

function run(command: string, args: string[], cacheDir: string): void {
  const result = spawnSync(command, args, {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, CLI_CACHE_DIR: cacheDir },
  });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed: ${result.stderr}`);
}

export const cliCold: Section = {
  id: "cli",
  title: "CLI cold start, one order (seed 002, whole process)",
  async run(ctx) {
    const dir = mkdtempSync(path.join(tmpdir(), "bench-cli-"));
    const cache = path.join(dir, "cache");
    const staleCache = path.join(dir, "stale-cache");
    try {
      const out = path.join(dir, "order.docx");
      const cliArgs = [ORDER, "-o", out];
      const variants: { name: string; command: string; args: string[]; note: string; cache?: string; floor?: true }[] =
        [
          {
            name: "npm run render",
            command: "npm",
            args: ["run", "--silent", "render", "--", ...cliArgs],
            note: "npm + node scripts/cli.mjs + the bundle",
          },
          {
            name: `node scripts/cli.mjs ${CLI}`,
            command: process.execPath,
            args: ["scripts/cli.mjs", CLI, ...cliArgs],
            note: "the launcher: bundle fresh, no npm",
          },
          {
            name: "npm run render, first run after a change",
            command: "npm",
            args: ["run", "--silent", "render", "--", ...cliArgs],
            note: "bundle rebuilt (esbuild), then run",
            cache: staleCache,
          },
          {
            name: `tsx ${CLI}`,
            command: path.join(ROOT, "node_modules/.bin/tsx"),
            args: [CLI, ...cliArgs],
            note: "TypeScript compiled at start-up (npm run render before the launcher)",
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
        const stale = variant.cache;
        const once = stale
          ? () => {
              rmSync(stale, { recursive: true, force: true });
              run(variant.command, variant.args, stale);
            }
          : () => run(variant.command, variant.args, cache);
        const stats = await measure(once, ctx.runs({ warmup: 1, runs: stale ? 5 : 10 }));
        rows.push((variant.floor ? plainRow : orderRow)(this.title, variant.name, stats, variant.note));
      }
      return rows;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
