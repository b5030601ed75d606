import { closeSync, linkSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import path from "node:path";

/**
 * PGlite has no lock between processes: two servers on one folder would each write the same WAL
 * and corrupt it. Like PostgreSQL's postmaster.pid, a lock file inside the folder names the
 * process that holds it; a second process is refused, and a lock left by a process that no longer
 * runs (killed, crashed) is taken over.
 */
export const LOCK_FILE_NAME = "chambers-drafts.lock";

type LockRecord = { pid: number; host?: string; startedAt?: string };

/** A held lock: release() removes the file (if it is still ours). */
export type FolderLock = { file: string; release(): void };

/** Whether a process with this id runs on this machine (EPERM: it runs, as another user). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readRecord(file: string): LockRecord | undefined {
  try {
    const record = JSON.parse(readFileSync(file, "utf8")) as Partial<LockRecord>;
    return typeof record.pid === "number" && Number.isInteger(record.pid) && record.pid > 0
      ? (record as LockRecord)
      : undefined;
  } catch {
    return undefined;
  }
}

/** A lock whose process is gone, or whose contents are unreadable (a crash while writing it). */
function isStale(record: LockRecord | undefined): boolean {
  if (!record) return true;
  if (record.host && record.host !== hostname()) return false;
  return !isRunning(record.pid);
}

function inUseError(dir: string, record: LockRecord | undefined): Error {
  const who = record ? `process ${record.pid}${record.host ? ` on ${record.host}` : ""}` : "another process";
  return new Error(
    `The database folder ${dir} is in use by ${who}. Stop that server first; if no server uses it, delete ${path.join(dir, LOCK_FILE_NAME)}.`,
  );
}

/** Creates the lock file, failing if it exists (O_EXCL). */
function tryCreate(file: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, "wx", 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
  try {
    writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname(), startedAt: new Date().toISOString() }));
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * Moves a stale lock aside and checks what was moved: if another process took the lock over
 * between our read and the move, its live lock is put back (link fails if yet another exists)
 * and this process is refused.
 */
function removeStale(file: string): void {
  const aside = `${file}.${process.pid}.stale`;
  try {
    renameSync(file, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error;
  }
  const moved = readRecord(aside);
  if (!isStale(moved)) {
    try {
      linkSync(aside, file);
    } catch {
      // Someone else holds a newer lock already; theirs stands.
    }
    unlinkSync(aside);
    throw inUseError(path.dirname(file), moved);
  }
  unlinkSync(aside);
}

/** Takes the folder's lock for this process, or throws naming the process that holds it. */
export function lockFolder(dir: string): FolderLock {
  const file = path.join(dir, LOCK_FILE_NAME);
  for (let attempt = 0; attempt < 3; attempt++) {
    if (tryCreate(file)) {
      const release = () => {
        if (readRecord(file)?.pid !== process.pid) return;
        try {
          unlinkSync(file);
        } catch {
          // Already gone.
        }
      };
      return { file, release };
    }
    const record = readRecord(file);
    if (!isStale(record)) throw inUseError(dir, record);
    removeStale(file);
  }
  throw inUseError(dir, readRecord(file));
}
