import "server-only";
import path from "node:path";
import { secureDataFolder, tightenDataFolder } from "./data-folder";
import { lockFolder } from "./folder-lock";
import type { Db } from "./types";
import * as schema from "./schema";

/** Where to open the database: PostgreSQL when `databaseUrl` is set, else PGlite in `pgliteDir` (or in memory). */
export type DatabaseTarget = { databaseUrl: string } | { pgliteDir: string | null };

/** An open database with its migrations applied. */
export type OpenDatabase = { db: Db; backend: "postgres" | "pglite"; close: () => Promise<void> };

/** The checked-in drizzle-kit migrations. */
export const MIGRATIONS_FOLDER = path.join(process.cwd(), "drizzle");

/**
 * Opens a database and applies the drizzle/ migrations in-process (idempotent; drizzle records
 * applied migrations in `drizzle.__drizzle_migrations`). Drivers are imported lazily so that
 * importing this module opens nothing. `pgliteDir: null` is an in-memory PGlite (tests).
 */
export async function openDatabase(target: DatabaseTarget): Promise<OpenDatabase> {
  if ("databaseUrl" in target) {
    const { Pool } = await import("pg");
    const { drizzle } = await import("drizzle-orm/node-postgres");
    const { migrate } = await import("drizzle-orm/node-postgres/migrator");
    const pool = new Pool({ connectionString: target.databaseUrl, max: 10 });
    const db = drizzle({ client: pool, schema });
    await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
    return { db: db as unknown as Db, backend: "postgres", close: () => pool.end() };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  if (target.pgliteDir === null) {
    const client = new PGlite();
    const db = drizzle({ client, schema });
    await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
    return { db: db as unknown as Db, backend: "pglite", close: () => client.close() };
  }
  const dir = target.pgliteDir;
  // The folder is this account's alone (0700, files 0600), and one process's at a time.
  secureDataFolder(dir);
  const lock = lockFolder(dir);
  process.once("exit", lock.release);
  try {
    const client = new PGlite(dir);
    const db = drizzle({ client, schema });
    await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
    tightenDataFolder(dir);
    const close = async () => {
      try {
        await client.close();
      } finally {
        process.off("exit", lock.release);
        lock.release();
      }
    };
    return { db: db as unknown as Db, backend: "pglite", close };
  } catch (error) {
    process.off("exit", lock.release);
    lock.release();
    throw error;
  }
}
