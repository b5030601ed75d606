import { emptyDraft } from "@/lib/motion/empty-draft";
import type { MotionDraft } from "@/lib/motion/schema";
import { upgradeDraft } from "@/lib/motion/upgrade-draft";

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** `template` with `saved` laid over it: objects merged key by key, anything else taken from `saved` when present. */
function overlay(template: unknown, saved: unknown): unknown {
  if (saved === undefined) return template;
  if (isRecord(template)) {
    if (!isRecord(saved)) return template;
    const keys = new Set([...Object.keys(template), ...Object.keys(saved)]);
    return Object.fromEntries([...keys].map((key) => [key, overlay(template[key], saved[key])]));
  }
  if (Array.isArray(template)) return Array.isArray(saved) ? saved : template;
  return saved;
}

/**
 * A draft as saved (in the browser, possibly by an older version, possibly half-typed), upgraded
 * to the current schema version, with every container `emptyDraft()` has. Values are kept as they
 * were typed, valid or not; use `toValidDraft` before evaluating.
 */
export function restoreDraft(saved: unknown): MotionDraft {
  return overlay(emptyDraft(), upgradeDraft(saved)) as MotionDraft;
}
