import "server-only";
import path from "node:path";
import { openDatabase, type DatabaseTarget, type OpenDatabase } from "./open-database";
import type { Db } from "./types";

const globalForDb = globalThis as unknown as { __chambersDb?: Promise<OpenDatabase> | undefined };

/** From the environment: `DATABASE_URL` → PostgreSQL; else PGlite in `PGLITE_DIR` or ./data/pglite. */
export function databaseTargetFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseTarget {
  if (env.DATABASE_URL) return { databaseUrl: env.DATABASE_URL };
  return { pgliteDir: env.PGLITE_DIR ?? path.join(process.cwd(), "data", "pglite") };
}

/**
 * The app's database: opened on first call (never at import — `next build` imports route
 * modules), migrations applied in-process, then shared (kept on globalThis so dev-server reloads
 * reuse it: PGlite has no cross-process locking, so one process must own the directory).
 */
export function getDb(): Promise<Db> {
  globalForDb.__chambersDb ??= openDatabase(databaseTargetFromEnv()).catch((error: unknown) => {
    globalForDb.__chambersDb = undefined;
    throw error;
  });
  return globalForDb.__chambersDb.then((open) => open.db);
}
