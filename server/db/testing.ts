import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import { openDatabase, type OpenDatabase } from "@/server/db/open-database";
import { chambers, memberships, user } from "@/server/db/schema";
import type { Db } from "@/server/db/types";
import type { Actor } from "@/server/auth/actor";
import type { Role } from "@/lib/workflow/schema";

/** A database backend for tests: open() gives a fresh, migrated database; close() disposes of it. */
export type TestBackend = { name: "pglite" | "postgres"; open: () => Promise<OpenDatabase> };

/** A fresh PostgreSQL database (created, migrated; dropped on close) next to TEST_DATABASE_URL's. */
async function openFreshPostgres(baseUrl: string): Promise<OpenDatabase> {
  const { Client } = await import("pg");
  const name = `chambers_t_${randomBytes(6).toString("hex")}`;
  const admin = new Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  const open = await openDatabase({ databaseUrl: url.toString() });
  return {
    ...open,
    close: async () => {
      await open.close();
      const dropper = new Client({ connectionString: baseUrl });
      await dropper.connect();
      // pool.end() resolves before its connections have said goodbye; a forced drop then kills one
      // mid-goodbye and pg reports it as an unhandled error (57P01). Wait for them, then force the rest.
      for (let waited = 0; waited < 50; waited++) {
        const { rows } = await dropper.query<{ n: number }>(
          "select count(*)::int as n from pg_stat_activity where datname = $1",
          [name],
        );
        if (rows[0]?.n === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}

/** In-memory PGlite always; PostgreSQL too when TEST_DATABASE_URL is set (CI). */
export const TEST_BACKENDS: TestBackend[] = [
  { name: "pglite", open: () => openDatabase({ pgliteDir: null }) },
  ...(process.env.TEST_DATABASE_URL
    ? [{ name: "postgres" as const, open: () => openFreshPostgres(process.env.TEST_DATABASE_URL as string) }]
    : []),
];

/** Inserts a user directly (no password), for data-layer tests. */
export async function insertUser(db: Db, name: string): Promise<string> {
  const id = randomUUID();
  await db.insert(user).values({ id, name, email: `${id}@example.test` });
  return id;
}

/** A chambers with a judge and a clerk, as actors. */
export async function seedChambers(db: Db, name: string): Promise<{ chambersId: string; judge: Actor; clerk: Actor }> {
  const judgeId = await insertUser(db, `Judge of ${name}`);
  const clerkId = await insertUser(db, `Clerk of ${name}`);
  const [row] = await db.insert(chambers).values({ name, judgeUserId: judgeId }).returning();
  if (!row) throw new Error("no chambers row");
  const member = async (userId: string, role: Role): Promise<Actor> => {
    await db.insert(memberships).values({ userId, chambersId: row.id, role });
    return { userId, chambersId: row.id, role };
  };
  return { chambersId: row.id, judge: await member(judgeId, "judge"), clerk: await member(clerkId, "clerk") };
}

/**
 * Opens `backend` once for the enclosing describe block (beforeAll / afterAll) and returns a
 * getter for its handle: one database per test file and backend (PGlite's initdb costs ≈3 s).
 */
export function useTestDb(
  backend: TestBackend,
  hooks: { beforeAll: typeof import("vitest").beforeAll; afterAll: typeof import("vitest").afterAll },
): () => Db {
  let open: OpenDatabase | undefined;
  hooks.beforeAll(async () => {
    open = await backend.open();
  }, 60_000);
  hooks.afterAll(async () => {
    await open?.close();
  });
  return () => {
    if (!open) throw new Error("database not open yet");
    return open.db;
  };
}
