import { z } from "zod";
import type { MotionDraft } from "@/lib/motion/schema";
import { restoreDraft } from "@/lib/wizard/restore-draft";

/**
 * The browser's copy of a draft: the answers exactly as typed (valid or not), the server
 * revision they were typed on, and who typed them. A safety net while offline, signed out or
 * before a save lands; the server holds the versions. Cleared on sign-out.
 */
export type DraftBackup = {
  draft: MotionDraft;
  baseRevision: number;
  updatedAt: string;
  /** The server holds these answers as `baseRevision` (as far as they are valid): nothing to save. */
  isSaved: boolean;
  /** The user id of whoever typed them (absent in backups from before it was recorded). */
  owner?: string;
};

const PREFIX = "chambers-drafts:backup:";

/** A backup as stored: the answers go through restoreDraft (they may be invalid); the rest falls back field by field. */
const StoredBackupSchema = z.object({
  draft: z.unknown(),
  baseRevision: z.number(),
  updatedAt: z.string().catch(new Date(0).toISOString()),
  isSaved: z.boolean().catch(false),
  owner: z.string().optional().catch(undefined),
});

/** The backup of one draft in this browser, if any. */
export function readBackup(draftId: string): DraftBackup | undefined {
  const text = window.localStorage.getItem(PREFIX + draftId);
  if (text === null) return undefined;
  try {
    const stored = StoredBackupSchema.safeParse(JSON.parse(text));
    if (!stored.success) return undefined;
    const { draft, owner, ...rest } = stored.data;
    return { draft: restoreDraft(draft), ...rest, ...(owner === undefined ? {} : { owner }) };
  } catch {
    return undefined;
  }
}

/** Keeps what `owner` typed, on the revision it was typed on. */
export function writeBackup(
  draftId: string,
  backup: { draft: MotionDraft; baseRevision: number; isSaved: boolean; owner: string },
): void {
  try {
    const entry: DraftBackup = { ...backup, updatedAt: new Date().toISOString() };
    window.localStorage.setItem(PREFIX + draftId, JSON.stringify(entry));
  } catch {
    // Storage full or disabled: the server copy still stands.
  }
}

/** Drops the backup once a page load finds the server holding the same answers. */
export function clearBackup(draftId: string): void {
  window.localStorage.removeItem(PREFIX + draftId);
}

/** Every draft backed up in this browser, with whether the server holds its answers. */
export function listBackups(): { draftId: string; isSaved: boolean }[] {
  const found: { draftId: string; isSaved: boolean }[] = [];
  for (let index = 0; index < window.localStorage.length; index += 1) {
    const key = window.localStorage.key(index);
    if (!key?.startsWith(PREFIX)) continue;
    const draftId = key.slice(PREFIX.length);
    found.push({ draftId, isSaved: readBackup(draftId)?.isSaved ?? true });
  }
  return found;
}

/** Sign-out: no draft's text stays in this browser for the next person at it. */
export function clearAllBackups(): void {
  for (const { draftId } of listBackups()) clearBackup(draftId);
}
