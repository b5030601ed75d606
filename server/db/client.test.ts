import { afterAll, describe, expect, it, vi } from "vitest";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chambers } from "./schema";

vi.mock("server-only", () => ({}));

describe("getDb", () => {
  const root = mkdtempSync(path.join(tmpdir(), "getdb-"));
  const dir = path.join(root, "pglite");
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("opens nothing at import, then opens PGLITE_DIR once, migrated, on first use", async () => {
    vi.stubEnv("DATABASE_URL", "");
    vi.stubEnv("PGLITE_DIR", dir);
    const { getDb } = await import("./client");
    expect(existsSync(dir)).toBe(false);
    const [a, b] = await Promise.all([getDb(), getDb()]);
    expect(a).toBe(b);
    expect(existsSync(dir)).toBe(true);
    expect(await a.select().from(chambers)).toEqual([]);
    vi.unstubAllEnvs();
    // A new PGlite folder runs initdb (3 s idle, 20-40 s on a busy shared machine).
  }, 90_000);
});
