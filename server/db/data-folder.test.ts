import { afterEach, describe, expect, it, vi } from "vitest";
import { spawnSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { openDatabase, type OpenDatabase } from "./open-database";
import { LOCK_FILE_NAME } from "./folder-lock";

vi.mock("server-only", () => ({}));

/** Every file and folder under `dir` (itself included) with its permission bits. */
function modes(dir: string): { path: string; mode: number; isDirectory: boolean }[] {
  const out = [{ path: dir, mode: statSync(dir).mode & 0o777, isDirectory: true }];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isSymbolicLink()) continue;
    const full = path.join(entry.parentPath, entry.name);
    out.push({ path: full, mode: statSync(full).mode & 0o777, isDirectory: entry.isDirectory() });
  }
  return out;
}

/** What another local account can do: anything in the group or other bits. */
const openToOthers = (dir: string) => modes(dir).filter((entry) => (entry.mode & 0o077) !== 0);

// Each test that opens a new folder runs initdb: 3 s idle, 20-40 s on a busy shared machine.
describe("the embedded database's folder", { timeout: 90_000 }, () => {
  const roots: string[] = [];
  const opened: OpenDatabase[] = [];
  const root = () => {
    const dir = mkdtempSync(path.join(tmpdir(), "pglite-perm-"));
    roots.push(dir);
    return dir;
  };
  afterEach(async () => {
    for (const open of opened.splice(0)) await open.close().catch(() => undefined);
    for (const dir of roots.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it("is created 0700 with its files 0600 (PGlite's own seed files are 0666): no other account can read the WAL", async () => {
    const dir = path.join(root(), "data", "pglite");
    const open = await openDatabase({ pgliteDir: dir });
    opened.push(open);
    await open.db.execute(sql`insert into "user" (id, name, email) values ('u1', 'Party Name', 'a@example.test')`);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(path.dirname(dir)).mode & 0o777).toBe(0o700);
    expect(openToOthers(dir)).toEqual([]);
  });

  it("fixes an existing folder's modes at start (0755 folders, 0666 files)", async () => {
    const dir = path.join(root(), "pglite");
    const first = await openDatabase({ pgliteDir: dir });
    await first.close();
    for (const entry of modes(dir)) chmodSync(entry.path, entry.isDirectory ? 0o755 : 0o666);
    expect(openToOthers(dir).length).toBeGreaterThan(100);
    const again = await openDatabase({ pgliteDir: dir });
    opened.push(again);
    expect(openToOthers(dir)).toEqual([]);
  });

  it("refuses to start on a folder others can write, and changes nothing in it", async () => {
    const dir = path.join(root(), "pglite");
    mkdirSync(dir);
    chmodSync(dir, 0o777);
    writeFileSync(path.join(dir, "planted"), "x", { mode: 0o666 });
    chmodSync(path.join(dir, "planted"), 0o666);
    await expect(openDatabase({ pgliteDir: dir })).rejects.toThrow(/pglite: others can write/);
    expect(statSync(dir).mode & 0o777).toBe(0o777);
    expect(readdirSync(dir)).toEqual(["planted"]);
  });

  it("refuses to start inside a parent folder others can write (they could swap the database)", async () => {
    const parent = path.join(root(), "shared");
    mkdirSync(parent);
    chmodSync(parent, 0o777);
    await expect(openDatabase({ pgliteDir: path.join(parent, "pglite") })).rejects.toThrow(/others can write/);
  });

  it("refuses a second open of the same folder while the first holds it, and allows it once closed", async () => {
    const dir = path.join(root(), "pglite");
    const first = await openDatabase({ pgliteDir: dir });
    await expect(openDatabase({ pgliteDir: dir })).rejects.toThrow(new RegExp(`process ${process.pid}`));
    await first.close();
    expect(existsSync(path.join(dir, LOCK_FILE_NAME))).toBe(false);
    const second = await openDatabase({ pgliteDir: dir });
    opened.push(second);
    expect(await second.db.execute(sql`select 1`)).toBeTruthy();
  });

  it("refuses a folder another live process holds, and takes over the lock of one that died", async () => {
    const dir = path.join(root(), "pglite");
    mkdirSync(dir, { mode: 0o700 });
    const lock = path.join(dir, LOCK_FILE_NAME);
    writeFileSync(lock, JSON.stringify({ pid: process.ppid, startedAt: new Date().toISOString() }), { mode: 0o600 });
    await expect(openDatabase({ pgliteDir: dir })).rejects.toThrow(new RegExp(`process ${process.ppid}`));

    const exited = spawnSync(process.execPath, ["-e", "console.log(process.pid)"], { encoding: "utf8" });
    const deadPid = Number(exited.stdout.trim());
    writeFileSync(lock, JSON.stringify({ pid: deadPid, startedAt: new Date().toISOString() }), { mode: 0o600 });
    const open = await openDatabase({ pgliteDir: dir });
    opened.push(open);
    expect(JSON.parse(readFileSync(lock, "utf8"))).toMatchObject({ pid: process.pid });
  });
});
