import { emptyDraft } from "./empty-draft";
import type { MotionDraft } from "./schema";

/** Every field optional, all the way down; arrays are given whole. */
export type DraftOverrides<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: DraftOverrides<T[K]> }
    : T;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function deepMerge<T>(base: T, overrides: unknown): T {
  if (!isPlainObject(base) || !isPlainObject(overrides)) return (overrides === undefined ? base : overrides) as T;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    // An explicit `undefined` clears the answer, as if the clerk never gave it.
    if (value === undefined) delete merged[key];
    else merged[key] = deepMerge(merged[key], value);
  }
  return merged as T;
}

/**
 * Tests only: a draft built from `emptyDraft()` with `overrides` deep-merged in (objects merge,
 * arrays and scalars replace, an explicit `undefined` clears), e.g. `makeDraft({ certification: { decision: "deny" } })`.
 */
export function makeDraft(overrides: DraftOverrides<MotionDraft> = {}): MotionDraft {
  return mergeDraft(emptyDraft(), overrides);
}

/** Tests only: `base` with `overrides` deep-merged in, as `makeDraft` does; `base` is not changed. */
export function mergeDraft(base: MotionDraft, overrides: DraftOverrides<MotionDraft>): MotionDraft {
  return deepMerge(base, overrides);
}
