import "server-only";
import { LRUCache } from "lru-cache";
import { orderRedline, renderRedlineDocx } from "@/lib/review";
import type { OrderRedline } from "@/lib/review/types";
import { redlineFileName } from "@/lib/wizard/docx-file-name";
import { draftOrderFor } from "./draft-order-for";
import type { DraftVersion } from "@/lib/workflow/records";

/**
 * Redlines, computed once per pair of versions. A saved version never changes, so the redline of
 * revisions N and M of a draft is the same on every view of the Versions page until the day
 * changes (an order prints dates); the Word redline also names who made the changes. Entries are
 * keyed by draft id (a uuid; the caller has checked the draft is the actor's chambers'), held in
 * memory up to MAX_BYTES, least recently used first out.
 */
const MAX_BYTES = 64 * 1024 * 1024;

/** A Word redline and the name it downloads as. */
export type RedlineDocx = { bytes: Uint8Array; fileName: string };

type Entry = { redline: OrderRedline | null } | { docx: RedlineDocx | null };

/** Roughly what an entry holds in memory: its text (two bytes a character) or its bytes. */
function sizeOf(entry: Entry): number {
  if ("docx" in entry) return Math.max(1, entry.docx?.bytes.byteLength ?? 1);
  const text = entry.redline?.blocks.reduce(
    (sum, block) => sum + block.parts.reduce((n, p) => n + p.text.length, 0),
    0,
  );
  return Math.max(1, 2 * (text ?? 0) + 64 * (entry.redline?.blocks.length ?? 0));
}

const globalForCache = globalThis as unknown as { __chambersRedlines?: LRUCache<string, Entry> };
const cache = (globalForCache.__chambersRedlines ??= new LRUCache<string, Entry>({
  maxSize: MAX_BYTES,
  sizeCalculation: sizeOf,
}));

const pairKey = (before: DraftVersion, after: DraftVersion) => `${before.draftId}:${before.revision}:${after.revision}`;

/** Both versions' orders, or undefined when either cannot be drafted yet. */
function ordersOf(before: DraftVersion, after: DraftVersion) {
  const older = draftOrderFor(before.data).drafted;
  const newer = draftOrderFor(after.data).drafted;
  return older && newer ? { older, newer } : undefined;
}

/** The readable redline of two versions of one draft (undefined when either cannot be drafted yet). */
export function redlineOf(before: DraftVersion, after: DraftVersion): OrderRedline | undefined {
  const key = `view:${pairKey(before, after)}`;
  const hit = cache.get(key);
  if (hit && "redline" in hit) return hit.redline ?? undefined;
  const orders = ordersOf(before, after);
  const redline = orders ? orderRedline(orders.older.doc, orders.newer.doc, orders.newer.style) : null;
  cache.set(key, { redline });
  return redline ?? undefined;
}

/** The Word redline (tracked changes by `change.author`) of two versions, or undefined when either cannot be drafted yet. */
export async function redlineDocxOf(
  before: DraftVersion,
  after: DraftVersion,
  change: { author: string; date: Date },
): Promise<RedlineDocx | undefined> {
  const key = `docx:${pairKey(before, after)}:${change.author}:${change.date.toISOString()}`;
  const hit = cache.get(key);
  if (hit && "docx" in hit) return hit.docx ?? undefined;
  const orders = ordersOf(before, after);
  const docx = orders
    ? {
        bytes: await renderRedlineDocx(orders.older.doc, orders.newer.doc, orders.newer.style, change),
        fileName: redlineFileName(orders.newer.doc, before.revision, after.revision),
      }
    : null;
  cache.set(key, { docx });
  return docx ?? undefined;
}
