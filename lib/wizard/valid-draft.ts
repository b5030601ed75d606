import { MotionDraftSchema, type MotionDraft } from "@/lib/motion/schema";
import { setAtPath } from "./field-path";

const MAX_PASSES = 12;

/** Removes the value at `path`: an array item is dropped, an object key deleted. */
function removeAt(source: unknown, path: readonly PropertyKey[]): unknown {
  if (path.length === 0) return undefined;
  const parentPath = path.slice(0, -1).map(String).join(".");
  const key = String(path[path.length - 1]);
  const parent =
    parentPath === ""
      ? source
      : parentPath.split(".").reduce<unknown>((node, k) => (node as Record<string, unknown>)?.[k], source);
  if (Array.isArray(parent)) {
    const items = parent.filter((_, index) => String(index) !== key);
    return parentPath === "" ? items : setAtPath(source, parentPath, items);
  }
  return setAtPath(source, path.map(String).join("."), undefined);
}

/**
 * The draft as far as it is valid: each answer that fails the schema (a half-typed docket
 * number, a text over its limit) is set aside as unanswered, so the preview and the findings
 * follow everything else the clerk typed. Undefined when the draft's structure itself is broken.
 */
export function toValidDraft(raw: unknown): MotionDraft | undefined {
  let candidate = raw;
  const removed = new Set<string>();
  for (let pass = 0; pass < MAX_PASSES; pass += 1) {
    const parsed = MotionDraftSchema.safeParse(candidate);
    if (parsed.success) return parsed.data;
    // Deepest first, and later array items before earlier ones, so that indices stay right.
    const paths = parsed.error.issues
      .map((issue) => issue.path)
      .sort(
        (a, b) =>
          b.length - a.length || String(b.join(".")).localeCompare(String(a.join(".")), "en", { numeric: true }),
      );
    for (const path of paths) {
      // A required value already removed: remove what holds it (an array item, usually).
      let target = path;
      while (target.length > 0 && removed.has(target.join("."))) target = target.slice(0, -1);
      if (target.length === 0) return undefined;
      removed.add(target.join("."));
      candidate = removeAt(candidate, target);
    }
  }
  return undefined;
}
