/**
 * Dotted paths into a draft ("case.parties.0.name"), as zod issues, readiness items and
 * react-hook-form name fields. Reading never throws; writing returns a new object.
 */

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;

const segments = (path: string): string[] => (path === "" ? [] : path.split("."));

/** The value at a dotted path, or undefined when any part of the path is missing. */
export function getAtPath(source: unknown, path: string): unknown {
  let current: unknown = source;
  for (const key of segments(path)) {
    if (!isRecord(current)) return undefined;
    current = current[key];
  }
  return current;
}

/** A copy of `source` with `value` at `path` (containers on the way are copied, missing ones created). */
export function setAtPath<T>(source: T, path: string, value: unknown): T {
  const keys = segments(path);
  if (keys.length === 0) return value as T;
  // Removing what is not there changes nothing (and creates no empty containers on the way).
  if (value === undefined && getAtPath(source, path) === undefined) return source;
  const write = (node: unknown, index: number): unknown => {
    const key = keys[index]!;
    const container: Record<string, unknown> = Array.isArray(node)
      ? ([...node] as unknown as Record<string, unknown>)
      : isRecord(node)
        ? { ...node }
        : /^\d+$/.test(key)
          ? ([] as unknown as Record<string, unknown>)
          : {};
    if (index === keys.length - 1) {
      if (value === undefined && !Array.isArray(container)) delete container[key];
      else container[key] = value;
    } else {
      container[key] = write(container[key], index + 1);
    }
    return container;
  };
  return write(source, 0) as T;
}

/** True when `path` is `prefix` or lies under it ("case.judge.name" is under "case.judge"). */
export function isPathUnder(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}.`);
}
