/**
 * Runs a TypeScript CLI from an esbuild bundle, so it starts without compiling TypeScript first
 * (tsx took two thirds of the CLI's start: docs/benchmarks.md, "CLI cold start").
 *   node scripts/cli.mjs <script.ts> [args…]  run it, building its bundle first when missing or stale
 *   node scripts/cli.mjs --build              build the bundle of every CLI package.json runs through here
 * A CLI module exports `main(argv: string[]): Promise<number>`, the exit code. Adding a CLI is one
 * line in package.json's scripts: "name": "node scripts/cli.mjs scripts/name.ts".
 *
 * Bundles live in node_modules/.cache/cli (or CLI_CACHE_DIR): a folder per build, and current.json
 * naming the build in use with the size and time of every file it was built from. A changed source
 * file, package.json, tsconfig.json, this file or the installed packages (npm rewrites
 * node_modules/.package-lock.json) makes it stale. Builds go to a folder of their own and
 * current.json is replaced in one rename, so CLIs started together never see half a bundle.
 */
import { readFileSync, statSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CACHE = path.resolve(ROOT, process.env.CLI_CACHE_DIR ?? "node_modules/.cache/cli");
/** What every bundle depends on besides its own sources: how it is built and what is installed. */
const SHARED_INPUTS = ["package.json", "tsconfig.json", "node_modules/.package-lock.json", "scripts/cli.mjs"];
/** A build no longer current is removed once this old (a CLI still running may load a chunk from it). */
const OLD_BUILD_MS = 10 * 60_000;
// CommonJS packages in the bundle call require() for Node built-ins; ESM has none, so give them one.
const REQUIRE_SHIM =
  "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

/** The cache folder of a CLI: its path under the project, as one name. */
const cacheDirOf = (entry) =>
  path.join(
    CACHE,
    path
      .relative(ROOT, entry)
      .replace(/\.[cm]?tsx?$/, "")
      .replace(/[^\w-]+/g, "_"),
  );

/** Size and modification time of each input, by its path from the project root; null when missing. */
function fingerprint(inputs) {
  return Object.fromEntries(
    inputs.map((input) => {
      try {
        const { size, mtimeMs } = statSync(path.resolve(ROOT, input));
        return [input, [size, mtimeMs]];
      } catch {
        return [input, null];
      }
    }),
  );
}

function isFresh(current) {
  if (current?.root !== ROOT) return false;
  const now = fingerprint(Object.keys(current.inputs));
  return Object.entries(current.inputs).every(([input, was]) => JSON.stringify(now[input]) === JSON.stringify(was));
}

function readCurrent(dir) {
  try {
    return JSON.parse(readFileSync(path.join(dir, "current.json"), "utf8"));
  } catch {
    return undefined;
  }
}

const LOADERS = {
  ".ts": "ts",
  ".mts": "ts",
  ".cts": "ts",
  ".tsx": "tsx",
  ".js": "js",
  ".mjs": "js",
  ".cjs": "js",
  ".jsx": "jsx",
};

/**
 * The project's own files keep their place: import.meta.dirname, .filename and .url are the source
 * file's, as under tsx, not the bundle's (scripts find fixtures and templates from them).
 */
const sourceLocations = {
  name: "source-locations",
  setup(build) {
    build.onLoad({ filter: /\.[cm]?[jt]sx?$/ }, async (args) => {
      if (args.path.split(path.sep).includes("node_modules")) return undefined;
      const source = await readFile(args.path, "utf8");
      if (!source.includes("import.meta.")) return undefined;
      const contents = source
        .replaceAll("import.meta.dirname", JSON.stringify(path.dirname(args.path)))
        .replaceAll("import.meta.filename", JSON.stringify(args.path))
        .replaceAll("import.meta.url", JSON.stringify(pathToFileURL(args.path).href));
      return { contents, loader: LOADERS[path.extname(args.path)] ?? "ts" };
    });
  },
};

/** Bundles `entry` into a new build folder and makes it current. */
async function build(entry, dir) {
  const { build: esbuild } = await import("esbuild");
  const id = `${Date.now().toString(36)}-${process.pid}`;
  const result = await esbuild({
    entryPoints: [entry],
    absWorkingDir: ROOT,
    bundle: true,
    platform: "node",
    format: "esm",
    // What a CLI imports only on demand (the HTML renderer, React, for --html) becomes a chunk of its own.
    splitting: true,
    minify: true,
    entryNames: "main",
    outExtension: { ".js": ".mjs" },
    outdir: path.join(dir, id),
    banner: { js: REQUIRE_SHIM },
    plugins: [sourceLocations],
    metafile: true,
    logLevel: "error",
  });
  const sources = Object.keys(result.metafile.inputs).filter((input) => !input.split("/").includes("node_modules"));
  const current = { root: ROOT, build: id, inputs: fingerprint([...SHARED_INPUTS, ...sources]) };
  const temporary = path.join(dir, `current.json.${id}`);
  await writeFile(temporary, JSON.stringify(current));
  await rename(temporary, path.join(dir, "current.json"));
  await removeOldBuilds(dir, id);
  return current;
}

async function removeOldBuilds(dir, keep) {
  for (const name of await readdir(dir)) {
    if (name === keep || name === "current.json" || name.startsWith("current.json.")) continue;
    const folder = path.join(dir, name);
    const { mtimeMs } = await stat(folder).catch(() => ({ mtimeMs: Date.now() }));
    if (Date.now() - mtimeMs > OLD_BUILD_MS) await rm(folder, { recursive: true, force: true });
  }
}

/** The CLI's current bundle, built first when there is none or it is stale. */
async function bundleOf(entry) {
  const dir = cacheDirOf(entry);
  let current = readCurrent(dir);
  if (!isFresh(current)) {
    await mkdir(dir, { recursive: true });
    current = await build(entry, dir);
  }
  return path.join(dir, current.build, "main.mjs");
}

/** The CLIs package.json runs through this file. */
function listedClis() {
  const { scripts = {} } = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8"));
  return Object.values(scripts).flatMap((command) => {
    const match = /\bscripts\/cli\.mjs\s+(\S+\.[cm]?tsx?)\b/.exec(command);
    return match ? [match[1]] : [];
  });
}

async function buildAll() {
  for (const script of listedClis()) {
    const entry = path.resolve(ROOT, script);
    const dir = cacheDirOf(entry);
    if (isFresh(readCurrent(dir))) {
      console.log(`${script}: up to date`);
      continue;
    }
    const start = performance.now();
    await mkdir(dir, { recursive: true });
    await build(entry, dir);
    console.log(`${script}: built in ${Math.round(performance.now() - start)} ms`);
  }
  return 0;
}

async function run(script, argv) {
  const entry = path.resolve(ROOT, script);
  const { main } = await import(pathToFileURL(await bundleOf(entry)).href);
  if (typeof main !== "function") {
    console.error(`${script} exports no main(argv) for scripts/cli.mjs to run`);
    return 2;
  }
  return main(argv);
}

const [first, ...rest] = process.argv.slice(2);
const task = first === "--build" ? buildAll() : first ? run(first, rest) : Promise.resolve(usage());

function usage() {
  console.error("Usage: node scripts/cli.mjs <script.ts> [args…] | --build");
  return 2;
}

task.then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
