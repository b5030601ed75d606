import type { MotionDraft } from "@/lib/motion/schema";
import { restoreDraft } from "@/lib/wizard/restore-draft";

/**
 * The browser's copy of a draft: the answers exactly as typed (valid or not) and the server
 * revision they were typed on. A safety net while offline or before a save lands; the server
 * holds the versions.
 */
export type DraftBackup = {
  draft: MotionDraft;
  baseRevision: number;
  updatedAt: string;
  /** The server holds these answers as `baseRevision` (as far as they are valid): nothing to save. */
  isSaved: boolean;
};

const PREFIX = "chambers-drafts:backup:";

/** The backup of one draft in this browser, if any. */
export function readBackup(draftId: string): DraftBackup | undefined {
  const text = window.localStorage.getItem(PREFIX + draftId);
  if (text === null) return undefined;
  try {
    const parsed = JSON.parse(text) as {
      draft?: unknown;
      baseRevision?: unknown;
      updatedAt?: unknown;
      isSaved?: unknown;
    };
    if (typeof parsed.baseRevision !== "number") return undefined;
    return {
      draft: restoreDraft(parsed.draft),
      baseRevision: parsed.baseRevision,
      updatedAt: typeof parsed.updatedAt === "string" ? parsed.updatedAt : new Date(0).toISOString(),
      isSaved: parsed.isSaved === true,
    };
  } catch {
    return undefined;
  }
}

/** Keeps what was typed, on the revision it was typed on. */
export function writeBackup(draftId: string, draft: MotionDraft, baseRevision: number, isSaved = false): void {
  try {
    const entry: DraftBackup = { draft, baseRevision, updatedAt: new Date().toISOString(), isSaved };
    window.localStorage.setItem(PREFIX + draftId, JSON.stringify(entry));
  } catch {
    // Storage full or disabled: the server copy still stands.
  }
}

/** Drops the backup once a page load finds the server holding the same answers. */
export function clearBackup(draftId: string): void {
  window.localStorage.removeItem(PREFIX + draftId);
}
