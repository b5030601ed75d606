/**
 * scripts/cli.mjs, the launcher of the CLIs, as a user meets it: a new process per run, with the
 * bundles in a folder of the test's own (CLI_CACHE_DIR).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..");
const work = mkdtempSync(path.join(tmpdir(), "cli-launcher-"));
const cache = path.join(work, "cache");
afterAll(() => rmSync(work, { recursive: true, force: true }));

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ["scripts/cli.mjs", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, CLI_CACHE_DIR: cache },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const currentBuild = (dir: string) =>
  (JSON.parse(readFileSync(path.join(cache, dir, "current.json"), "utf8")) as { build: string }).build;

describe("scripts/cli.mjs", () => {
  const source = path.join(work, "src");
  const entry = path.join(source, "hello.ts");
  const cacheDir = path.relative(ROOT, path.join(source, "hello")).replace(/[^\w-]+/g, "_");
  mkdirSync(source);
  writeFileSync(path.join(source, "greeting.ts"), 'export const greeting: string = "hello";\n');
  writeFileSync(
    entry,
    [
      'import { greeting } from "./greeting";',
      "export async function main(argv: string[]): Promise<number> {",
      "  console.log(`${greeting} ${argv.join(' ')} from ${import.meta.dirname}`);",
      "  return argv.length;",
      "}",
    ].join("\n"),
  );

  it("builds a missing bundle, runs its main with the arguments and exits with main's code", () => {
    const run = cli(entry, "a", "b", "--flag");
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe(`hello a b --flag from ${source}\n`);
    expect(run.code).toBe(3);
  });

  it("runs a fresh bundle as it is, and rebuilds a stale one when a file it imports changes", () => {
    cli(entry);
    const built = currentBuild(cacheDir);
    expect(cli(entry, "x").stdout).toBe(`hello x from ${source}\n`);
    expect(currentBuild(cacheDir)).toBe(built);
    writeFileSync(path.join(source, "greeting.ts"), 'export const greeting: string = "good morning";\n');
    expect(cli(entry, "x").stdout).toBe(`good morning x from ${source}\n`);
    expect(currentBuild(cacheDir)).not.toBe(built);
  });

  it("says so, exit 2, when the script has no main", () => {
    const script = path.join(source, "no-main.ts");
    writeFileSync(script, "export const nothing = 1;\n");
    const run = cli(script);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/exports no main\(argv\)/);
  });

  it("runs the render CLI with the README's exit codes: 0 written, 1 unreadable, 2 invalid", () => {
    const out = path.join(work, "order.docx");
    const written = cli("scripts/render-order.ts", "fixtures/seeds/000.json", "-o", out);
    expect(written).toMatchObject({ code: 0, stdout: `wrote ${out}\n` });
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
    expect(cli("scripts/render-order.ts", path.join(work, "missing.json"), "-o", out).code).toBe(1);
    const invalid = path.join(work, "invalid.json");
    writeFileSync(invalid, '{"schemaVersion": 1}');
    const refused = cli("scripts/render-order.ts", invalid, "-o", path.join(work, "not-written.docx"));
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/is not a valid draft:\n {2}case: /);
    expect(existsSync(path.join(work, "not-written.docx"))).toBe(false);
    expect(cli("scripts/render-order.ts").code).toBe(2);
  }, 60_000);

  it("--build builds every CLI that package.json runs through it", () => {
    const run = cli("--build");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^scripts\/render-order\.ts: (built in \d+ ms|up to date)$/m);
    expect(run.stdout).toMatch(/^scripts\/check-docx-render\.ts: (built in \d+ ms|up to date)$/m);
    expect(cli("--build").stdout).toMatch(/^scripts\/check-docx-render\.ts: up to date$/m);
  }, 60_000);
});
