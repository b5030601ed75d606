import { chmodSync, lstatSync, mkdirSync, readdirSync, statSync, type Stats } from "node:fs";
import path from "node:path";

/**
 * The embedded database holds every chambers' drafts, party names and comments. As PostgreSQL
 * does with its data directory, its folder is the server account's alone: folders 0700, files
 * 0600. PGlite writes its seed files 0666 whatever the umask, so the modes are set at every start
 * (and again once a new database is seeded). A folder another account can write (or that belongs
 * to another account) is refused rather than fixed: someone may already have changed what is in it.
 */

const OTHERS_WRITE = 0o022;
const STICKY = 0o1000;
const FOLDER_MODE = 0o700;
const FILE_MODE = 0o600;

function refuse(folder: string, why: string): never {
  throw new Error(
    `Refusing to open the database in ${folder}: ${why}. Check what is in it, then make it the server account's alone (chown, chmod 700).`,
  );
}

/**
 * Refuses a folder another account owns (a parent may also be root's, such as /srv) or can write
 * into (for a parent, the sticky bit, as on /tmp, keeps others from moving our folder).
 */
function checkFolder(folder: string, stats: Stats, options: { isParent: boolean }): void {
  const uid = process.getuid?.();
  if (uid !== undefined && stats.uid !== uid && !(options.isParent && stats.uid === 0))
    refuse(folder, `it belongs to user ${stats.uid}`);
  const writableByOthers = (stats.mode & OTHERS_WRITE) !== 0;
  if (writableByOthers && !(options.isParent && (stats.mode & STICKY) !== 0)) refuse(folder, "others can write to it");
}

/** Sets folders under `dir` to 0700 and files to 0600 (symbolic links are left alone, never followed). */
function tightenContents(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isSymbolicLink()) continue;
    if (entry.isDirectory()) {
      if ((lstatSync(full).mode & 0o777) !== FOLDER_MODE) chmodSync(full, FOLDER_MODE);
      tightenContents(full);
    } else if (entry.isFile() && (lstatSync(full).mode & 0o077) !== 0) chmodSync(full, FILE_MODE);
  }
}

/**
 * Makes `dir` (the PGlite folder) ready and private: its parent is created 0700 if missing and
 * must not be writable by others (else they could swap the folder); `dir` itself is created 0700,
 * refused if others own or can write it, else set to 0700 with everything in it 0700 / 0600.
 */
export function secureDataFolder(dir: string): void {
  const parent = path.dirname(dir);
  mkdirSync(parent, { recursive: true, mode: FOLDER_MODE });
  checkFolder(parent, statSync(parent), { isParent: true });
  mkdirSync(dir, { recursive: true, mode: FOLDER_MODE });
  const stats = lstatSync(dir);
  if (!stats.isDirectory()) refuse(dir, "it is not a folder");
  checkFolder(dir, stats, { isParent: false });
  chmodSync(dir, FOLDER_MODE);
  tightenContents(dir);
}

/** Sets the modes again after PGlite seeded a new database (its seed files are 0666). */
export function tightenDataFolder(dir: string): void {
  chmodSync(dir, FOLDER_MODE);
  tightenContents(dir);
}
