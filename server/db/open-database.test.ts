import { describe, expect, it, vi } from "vitest";
import { sql } from "drizzle-orm";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { TEST_BACKENDS } from "@/server/db/testing";
import { openDatabase } from "./open-database";
import { databaseTargetFromEnv } from "./client";

vi.mock("server-only", () => ({}));

/** Both drivers answer `execute` with `{ rows }`; the shared Db type leaves it unknown. */
const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;
const env = (vars: Record<string, string>) => vars as unknown as NodeJS.ProcessEnv;

describe.each(TEST_BACKENDS)("migrations on $name", (backend) => {
  it("creates every table, and running the migrations again changes nothing", async () => {
    const open = await backend.open();
    try {
      const tables = rowsOf<{ table_name: string }>(
        await open.db.execute(
          sql`select table_name from information_schema.tables where table_schema = 'public' order by 1`,
        ),
      );
      expect(tables.map((r) => r.table_name)).toEqual([
        "account",
        "audit_events",
        "chambers",
        "chambers_authorities",
        "comments",
        "draft_versions",
        "drafts",
        "invitations",
        "memberships",
        "rate_limit",
        "session",
        "sign_in_throttle",
        "user",
        "verification",
      ]);
      const { migrate } = await import(
        backend.name === "pglite" ? "drizzle-orm/pglite/migrator" : "drizzle-orm/node-postgres/migrator"
      );
      await (migrate as (db: unknown, c: { migrationsFolder: string }) => Promise<void>)(open.db, {
        migrationsFolder: "drizzle",
      });
      const applied = rowsOf(await open.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`));
      // Each migration in the journal is applied once; running them again adds none.
      const journal = JSON.parse(readFileSync("drizzle/meta/_journal.json", "utf8")) as { entries: unknown[] };
      expect(applied[0]).toEqual({ n: journal.entries.length });
    } finally {
      await open.close();
    }
  });
});

describe("PGlite in a folder", () => {
  it("persists between opens of the same directory", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "pglite-"));
    try {
      const first = await openDatabase({ pgliteDir: dir });
      await first.db.execute(sql`insert into "user" (id, name, email) values ('u1', 'A', 'a@example.test')`);
      await first.close();
      const second = await openDatabase({ pgliteDir: dir });
      const rows = rowsOf(await second.db.execute(sql`select email from "user"`));
      expect(rows).toEqual([{ email: "a@example.test" }]);
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("databaseTargetFromEnv", () => {
  it("uses DATABASE_URL, else PGLITE_DIR, else ./data/pglite", () => {
    expect(databaseTargetFromEnv(env({ DATABASE_URL: "postgres://x/y" }))).toEqual({ databaseUrl: "postgres://x/y" });
    expect(databaseTargetFromEnv(env({ PGLITE_DIR: "/tmp/p" }))).toEqual({ pgliteDir: "/tmp/p" });
    expect(databaseTargetFromEnv(env({}))).toEqual({ pgliteDir: path.join(process.cwd(), "data", "pglite") });
  });
});
