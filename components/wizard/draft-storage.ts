import type { MotionDraft } from "@/lib/motion/schema";
import { restoreDraft } from "@/lib/wizard/restore-draft";

/** A draft as kept: the answers as typed (valid or not) and when they last changed. */
export type StoredDraft = { id: string; draft: MotionDraft; updatedAt: string };

/** One line of the drafts list. */
export type DraftListing = { id: string; draft: MotionDraft; updatedAt: string };

/**
 * Where drafts live. For now the browser (localStorage); a server adapter (database, versions)
 * replaces it behind the same four verbs.
 */
export interface DraftStorage {
  load(id: string): Promise<StoredDraft | undefined>;
  save(id: string, draft: MotionDraft): Promise<StoredDraft>;
  list(): Promise<DraftListing[]>;
  remove(id: string): Promise<void>;
}

const PREFIX = "chambers-drafts:draft:";

function readEntry(key: string): StoredDraft | undefined {
  const text = window.localStorage.getItem(key);
  if (text === null) return undefined;
  try {
    const parsed = JSON.parse(text) as { id?: unknown; draft?: unknown; updatedAt?: unknown };
    return {
      id: typeof parsed.id === "string" ? parsed.id : key.slice(PREFIX.length),
      draft: restoreDraft(parsed.draft),
      updatedAt: typeof parsed.updatedAt === "string" ? parsed.updatedAt : new Date(0).toISOString(),
    };
  } catch (error) {
    console.error(`Draft ${key} could not be read`, error);
    return undefined;
  }
}

/** Drafts in this browser's localStorage: what was typed survives a reload or a closed tab. */
export const browserDraftStorage: DraftStorage = {
  async load(id) {
    return readEntry(PREFIX + id);
  },
  async save(id, draft) {
    const entry: StoredDraft = { id, draft, updatedAt: new Date().toISOString() };
    window.localStorage.setItem(PREFIX + id, JSON.stringify(entry));
    return entry;
  },
  async list() {
    const entries: DraftListing[] = [];
    for (let i = 0; i < window.localStorage.length; i += 1) {
      const key = window.localStorage.key(i);
      const entry = key?.startsWith(PREFIX) ? readEntry(key) : undefined;
      if (entry) entries.push(entry);
    }
    return entries.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  },
  async remove(id) {
    window.localStorage.removeItem(PREFIX + id);
  },
};
