/**
 * The production app for the server and browser sections: `next build` into its own folder
 * (.next-bench, so the e2e build in .next is never touched), then the app's server on loopback with a
 * fresh embedded database. The build runs once per `npm run bench` (BENCH_SKIP_BUILD=1 serves the
 * build already there), served by scripts/serve.mjs; each section starts its own server and stops it in `finally`.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freshDatabase } from "./fresh-database";
import { ROOT } from "./orders";

export const BENCH_DIST_DIR = ".next-bench";
const PORT = Number(process.env.BENCH_PORT ?? 3400);

export type AppServer = { origin: string; stop(): Promise<void> };

/** The app's database: the embedded PGlite (its default), or PostgreSQL at BENCH_DATABASE_URL. */
export type BenchDatabase = "pglite" | "postgres";

/** The databases to bench on: PGlite always, PostgreSQL too when BENCH_DATABASE_URL is set. */
export function benchDatabases(): BenchDatabase[] {
  return process.env.BENCH_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];
}

export const DATABASE_NAMES: Record<BenchDatabase, string> = { pglite: "PGlite", postgres: "PostgreSQL" };

let built: Promise<void> | undefined;

/** Builds the app into .next-bench once per process (templates first, as `npm run build` does). */
export function ensureBuilt(): Promise<void> {
  built ??= (async () => {
    if (process.env.BENCH_SKIP_BUILD === "1") {
      if (!existsSync(path.join(ROOT, BENCH_DIST_DIR, "BUILD_ID")))
        throw new Error(`BENCH_SKIP_BUILD=1 but ${BENCH_DIST_DIR} holds no build`);
      return;
    }
    console.error(`  building the app into ${BENCH_DIST_DIR} (BENCH_SKIP_BUILD=1 skips this)`);
    for (const [command, args] of [
      ["npm", ["run", "--silent", "templates"]],
      [process.execPath, ["node_modules/next/dist/bin/next", "build"]],
    ] as const) {
      const result = spawnSync(command, args, { cwd: ROOT, encoding: "utf8", env: serverEnv({}) });
      if (result.status !== 0)
        throw new Error(`${command} ${args.join(" ")} failed:\n${(result.stdout + result.stderr).slice(-4000)}`);
    }
  })();
  return built;
}

function serverEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "production",
    NEXT_DIST_DIR: BENCH_DIST_DIR,
    NEXT_TELEMETRY_DISABLED: "1",
    ...extra,
  };
}

/** Starts the app's server (scripts/serve.mjs) on 127.0.0.1 with an empty database; resolves once it answers. */
export async function startApp(database: BenchDatabase = "pglite"): Promise<AppServer> {
  await ensureBuilt();
  const origin = `http://127.0.0.1:${PORT}`;
  const dataDir = mkdtempSync(path.join(tmpdir(), "bench-pglite-"));
  const postgres = database === "postgres" ? await freshDatabase(process.env.BENCH_DATABASE_URL ?? "") : undefined;
  // BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the server under load.
  const nodeArgs = process.env.BENCH_SERVER_NODE_ARGS?.split(" ").filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...nodeArgs, "scripts/serve.mjs"], {
    cwd: ROOT,
    // Its own process group, so stopping it also stops anything it forked.
    detached: true,
    stdio: ["ignore", "ignore", "pipe"],
    env: serverEnv({
      PORT: String(PORT),
      HOST: "127.0.0.1",
      PGLITE_DIR: dataDir,
      // Empty means PGlite (server/db/client.ts), whatever the environment running the bench says.
      DATABASE_URL: postgres?.url ?? "",
      BETTER_AUTH_URL: origin,
      BETTER_AUTH_SECRET: "bench-secret-that-is-at-least-32-characters-long",
      // The benches sign in once per section; never let a limit turn into errors in the figures.
      AUTH_SIGN_IN_MAX: "10000",
      LOG_LEVEL: "warn",
    }),
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  // A bench stopped with Ctrl-C (or killed) must not leave the server behind on the port.
  const onExit = () => kill(child);
  const onSignal = (signal: NodeJS.Signals) => {
    kill(child);
    process.exit(signal === "SIGINT" ? 130 : 143);
  };
  process.once("exit", onExit);
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  const stop = async () => {
    process.off("exit", onExit);
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    await stopChild(child);
    rmSync(dataDir, { recursive: true, force: true });
    await postgres?.drop();
  };
  try {
    await waitUntilUp(origin, child, () => stderr);
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin, stop };
}

async function waitUntilUp(origin: string, child: ChildProcess, stderr: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the app server exited with ${child.exitCode}:\n${stderr()}`);
    try {
      const response = await fetch(`${origin}/login`, { redirect: "manual" });
      if (response.status < 500) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the app server did not answer on ${origin} within 60 s:\n${stderr()}`);
}

function kill(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM"): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

/** SIGTERM, then SIGKILL if it has not exited within 5 s. */
async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  kill(child);
  const timer = setTimeout(() => kill(child, "SIGKILL"), 5000);
  await exited;
  clearTimeout(timer);
}
