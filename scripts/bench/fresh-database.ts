/**
 * A fresh, empty PostgreSQL database for one server start, when BENCH_DATABASE_URL names a
 * PostgreSQL server (any database on it, as a role allowed to create databases; e.g. the URL
 * `scripts/ci-postgres.sh` prints). The app migrates it on start; it is dropped when the server stops.
 */
import pg from "pg";

export type FreshDatabase = { url: string; drop(): Promise<void> };

let made = 0;

export async function freshDatabase(adminUrl: string): Promise<FreshDatabase> {
  const name = `chambers_bench_${process.pid}_${Date.now()}_${made++}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`drop database if exists ${name} with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}
