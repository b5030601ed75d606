import type { MotionDraft } from "@/lib/motion/schema";
import { sameAnswers } from "./same-answers";
import { toValidDraft } from "./valid-draft";

/** A browser's copy of a draft: the answers as typed, and the revision they were typed on (or saved as). */
export type BackupFacts = { draft: MotionDraft; baseRevision: number; isSaved: boolean };
/** The server's copy, as the page was drawn. */
export type ServerFacts = { data: MotionDraft; revision: number };

/**
 * What a page load does with this browser's backup of the draft:
 * - `discard`: the server holds it, or holds something newer built on it;
 * - `restore`: bring back answers the server set aside as invalid (a half-typed date); nothing to save;
 * - `restore-and-save`: typed on this revision and never saved: bring back, and save;
 * - `carry-on`: saved as a revision newer than the page shows (a save landed while the page was
 *   drawn): continue from that revision, saving only if the backup was not saved yet;
 * - `conflict`: typed, never saved, on a revision someone else has since replaced: the clerk chooses.
 */
export type BackupPlan =
  | { kind: "discard" }
  | { kind: "restore" }
  | { kind: "restore-and-save" }
  | { kind: "carry-on"; revision: number; isSaved: boolean }
  | { kind: "conflict" };

/** The server stores what is valid; two drafts whose valid parts agree need no save between them. */
const sameValidAnswers = (a: MotionDraft, b: MotionDraft) =>
  sameAnswers(toValidDraft(a) ?? null, toValidDraft(b) ?? null);

export function backupPlan(backup: BackupFacts, server: ServerFacts): BackupPlan {
  if (backup.baseRevision > server.revision)
    return { kind: "carry-on", revision: backup.baseRevision, isSaved: backup.isSaved };
  if (sameAnswers(backup.draft, server.data)) return { kind: "discard" };
  const sameValid = sameValidAnswers(backup.draft, server.data);
  if (backup.baseRevision === server.revision) return sameValid ? { kind: "restore" } : { kind: "restore-and-save" };
  // Older than the server's revision: someone has built on top since.
  return sameValid || backup.isSaved ? { kind: "discard" } : { kind: "conflict" };
}
