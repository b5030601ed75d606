/**
 * Bundles the CLI (scripts/render-order.ts and everything it imports) into ESM with
 * esbuild, the compiler tsx itself runs on, so the cold-start section can show what a
 * prebuilt CLI costs to start next to tsx compiling TypeScript at start-up.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { ROOT } from "./orders";

// CommonJS packages in the bundle call require() for Node built-ins; ESM has none, so give them one.
const REQUIRE_SHIM =
  "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

/**
 * Minified, with the HTML renderer (React, which the CLI imports only for --html) split into a
 * chunk of its own, so a .docx-only run does not parse it.
 */
export function bundleCli(outDir: string): { file: string; buildMs: number } {
  const start = performance.now();
  const result = spawnSync(
    path.join(ROOT, "node_modules/.bin/esbuild"),
    [
      "scripts/render-order.ts",
      "--bundle",
      "--platform=node",
      "--format=esm",
      "--splitting",
      "--minify",
      "--log-level=error",
      "--out-extension:.js=.mjs",
      `--banner:js=${REQUIRE_SHIM}`,
      `--outdir=${outDir}`,
    ],
    { cwd: ROOT, encoding: "utf8" },
  );
  if (result.status !== 0) throw new Error(`esbuild failed: ${result.stderr}`);
  return { file: path.join(outDir, "render-order.mjs"), buildMs: performance.now() - start };
}
