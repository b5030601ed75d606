import { diff3Merge } from "node-diff3";

/**
 * A three-way merge of JSON answers against the version both sides started from, generic over
 * the shape: objects merge key by key, lists whose items all carry a unique string `id` merge
 * item by item (and their order with diff3), anything else (text, numbers, flags, plain lists)
 * is one answer. What changed on one side only is kept; an answer changed on both sides to
 * different values is a conflict, settled for now with `prefer`'s value and reported.
 */

/** Where an answer sits: object keys, and `{ id }` for an item of a list keyed by id. */
export type MergePathSegment = string | { id: string };
export type MergePath = readonly MergePathSegment[];

export type MergeSide = "mine" | "theirs";

/** An answer both sides changed: its values in the base and on each side (undefined when absent). */
export type MergeConflict = {
  path: MergePath;
  /** "order": both sides moved the list's items differently (the items themselves merged). */
  kind: "value" | "order";
  base: unknown;
  mine: unknown;
  theirs: unknown;
};

export type MergeResult<T> = { merged: T; conflicts: MergeConflict[] };

type Json = unknown;
type Keyed = Record<string, Json> & { id: string };

const isRecord = (value: Json): value is Record<string, Json> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Deep equality of JSON values, with a key whose value is undefined counted as absent. */
export function sameJson(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  }
  if (!isRecord(a) || !isRecord(b)) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) if (!sameJson(a[key], b[key])) return false;
  return true;
}

/** A list whose items are all objects with distinct string ids (an empty list qualifies). */
function isKeyedList(value: Json): value is Keyed[] {
  if (!Array.isArray(value)) return false;
  const ids = new Set<string>();
  for (const item of value) {
    if (!isRecord(item) || typeof item.id !== "string" || ids.has(item.id)) return false;
    ids.add(item.id);
  }
  return true;
}

class Merger {
  readonly conflicts: MergeConflict[] = [];
  constructor(private readonly prefer: MergeSide) {}

  merge(base: Json, mine: Json, theirs: Json, path: MergePath): Json {
    if (sameJson(mine, theirs)) return mine;
    if (sameJson(base, mine)) return theirs;
    if (sameJson(base, theirs)) return mine;
    if (isRecord(mine) && isRecord(theirs) && (base === undefined || isRecord(base))) {
      return this.mergeObjects(base ?? {}, mine, theirs, path);
    }
    if (isKeyedList(mine) && isKeyedList(theirs) && (base === undefined || isKeyedList(base))) {
      return this.mergeLists(base ?? [], mine, theirs, path);
    }
    return this.conflict({ path, kind: "value", base, mine, theirs });
  }

  private conflict(conflict: MergeConflict): Json {
    this.conflicts.push(conflict);
    return this.prefer === "mine" ? conflict.mine : conflict.theirs;
  }

  private mergeObjects(
    base: Record<string, Json>,
    mine: Record<string, Json>,
    theirs: Record<string, Json>,
    path: MergePath,
  ): Record<string, Json> {
    // Mine's key order first: the merged object reads like the one on this screen.
    const keys = new Set([...Object.keys(mine), ...Object.keys(theirs), ...Object.keys(base)]);
    const merged: Record<string, Json> = {};
    for (const key of keys) {
      const value = this.merge(base[key], mine[key], theirs[key], [...path, key]);
      if (value !== undefined) merged[key] = value;
    }
    return merged;
  }

  private mergeLists(base: Keyed[], mine: Keyed[], theirs: Keyed[], path: MergePath): Keyed[] {
    const byId = (items: Keyed[]) => new Map(items.map((item) => [item.id, item]));
    const [b, m, t] = [byId(base), byId(mine), byId(theirs)];
    const items = new Map<string, Keyed>();
    for (const id of new Set([...m.keys(), ...t.keys(), ...b.keys()])) {
      // A removed item is absent (undefined): removed on one side and edited on the other is a conflict.
      const item = this.merge(b.get(id), m.get(id), t.get(id), [...path, { id }]);
      if (item !== undefined) items.set(id, item as Keyed);
    }
    const order = this.mergeOrder(base, mine, theirs, items, path);
    return order.map((id) => items.get(id)!);
  }

  /** The merged list's ids in order: the order of the items all three share, then each added item after its neighbour. */
  private mergeOrder(
    base: Keyed[],
    mine: Keyed[],
    theirs: Keyed[],
    items: Map<string, Keyed>,
    path: MergePath,
  ): string[] {
    const shared = (list: Keyed[], others: Keyed[][]) =>
      list
        .map((item) => item.id)
        .filter((id) => items.has(id) && others.every((other) => other.some((item) => item.id === id)));
    const [bo, mo, to] = [shared(base, [mine, theirs]), shared(mine, [base, theirs]), shared(theirs, [base, mine])];
    let order: string[];
    if (sameJson(mo, to) || sameJson(bo, to)) order = mo;
    else if (sameJson(bo, mo)) order = to;
    else {
      const regions = diff3Merge(mo, bo, to, { excludeFalseConflicts: true }) as (
        { ok: string[] } | { conflict: { a: string[]; o: string[]; b: string[] } }
      )[];
      if (regions.every((region) => "ok" in region))
        order = regions.flatMap((region) => ("ok" in region ? region.ok : []));
      else order = this.conflict({ path, kind: "order", base: bo, mine: mo, theirs: to }) as string[];
    }
    // Items added on one side (or kept over the other side's removal) follow their neighbour there.
    const placed = new Set(order);
    for (const side of this.prefer === "mine" ? [mine, theirs] : [theirs, mine]) {
      side.forEach((item, index) => {
        if (placed.has(item.id) || !items.has(item.id)) return;
        const before = side
          .slice(0, index)
          .map((previous) => previous.id)
          .reverse()
          .find((id) => placed.has(id));
        order.splice(before === undefined ? 0 : order.indexOf(before) + 1, 0, item.id);
        placed.add(item.id);
      });
    }
    return order;
  }
}

/**
 * Merges `mine` and `theirs`, both changed from `base`. Conflicting answers take `prefer`'s
 * value in `merged`, and are listed in `conflicts` (values, and lists whose order both changed).
 */
export function threeWayMerge<T>(base: T, mine: T, theirs: T, prefer: MergeSide = "mine"): MergeResult<T> {
  const merger = new Merger(prefer);
  const merged = merger.merge(base, mine, theirs, []) as T;
  return { merged, conflicts: merger.conflicts };
}
