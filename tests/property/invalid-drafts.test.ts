/**
 * An invalid draft is a value, not a crash: whatever JSON arrives (random values, a valid draft
 * with one field broken, removed or made too long), the schema reports each problem as a dotted
 * field path and a message, and the broken field is among the paths named.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatIssues, parseDraftJson, toDraftIssues, type DraftIssue } from "@/lib/motion/parse-draft";
import { MotionDraftSchema } from "@/lib/motion/schema";
import { readyDraft } from "./arbitraries";
import { params, TIMEOUT } from "./config";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

const isObject = (value: unknown): value is Record<string, Json> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Each issue names a field by a non-empty dotted path (or "(draft)" when the whole input is not an object) and says what is wrong. */
function expectWellFormed(issues: DraftIssue[], input: unknown): void {
  expect(issues.length).toBeGreaterThan(0);
  for (const issue of issues) {
    expect(typeof issue.path).toBe("string");
    expect(issue.path.length).toBeGreaterThan(0);
    if (isObject(input)) expect(issue.path).not.toBe("(draft)");
    expect(typeof issue.message).toBe("string");
    expect(issue.message.trim().length).toBeGreaterThan(0);
  }
  expect(formatIssues(issues)).toHaveLength(issues.length);
}

/** Every path in a JSON value, the root excluded. */
function pathsOf(value: Json, prefix: Path = []): Path[] {
  const children: [string | number, Json][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : isObject(value)
      ? Object.entries(value)
      : [];
  return children.flatMap(([key, child]) => [[...prefix, key], ...pathsOf(child, [...prefix, key])]);
}

function get(value: Json, path: Path): Json {
  return path.reduce<Json>((node, key) => (node as Record<string | number, Json>)[key]!, value);
}

/** A copy of `value` with the node at `path` replaced (or removed, for `undefined`). */
function setAt(value: Json, path: Path, replacement: Json | undefined): Json {
  const copy = structuredClone(value);
  const parent = get(copy, path.slice(0, -1)) as Record<string | number, Json>;
  const key = path[path.length - 1]!;
  if (replacement !== undefined) parent[key] = replacement;
  else if (Array.isArray(parent)) parent.splice(key as number, 1);
  else delete parent[key];
  return copy;
}

/** A JSON value of another type than `value`, which no field of the schema accepts in its place. */
function wrongType(value: Json): Json {
  if (typeof value === "string") return 42;
  if (typeof value === "number") return "42";
  if (typeof value === "boolean") return "true";
  if (Array.isArray(value)) return { 0: value[0] ?? "x" };
  if (isObject(value)) return [value];
  return "null";
}

const Mutation = fc.constantFrom("wrong-type", "null", "too-long", "remove");

describe("invalid drafts", () => {
  it(
    "random JSON: issues with field paths and messages, never an exception",
    () => {
      fc.assert(
        fc.property(fc.jsonValue(), (json) => {
          const parsed = MotionDraftSchema.safeParse(json);
          if (!parsed.success) expectWellFormed(toDraftIssues(parsed.error), json);
        }),
        params(300),
      );
    },
    TIMEOUT,
  );

  it(
    "random text as a request body: a JSON error or schema issues, never an exception",
    () => {
      fc.assert(
        fc.property(
          fc.oneof(
            fc.string(),
            fc.jsonValue().map((json) => JSON.stringify(json)),
            readyDraft.map((d) => JSON.stringify(d).slice(0, -1)),
          ),
          (text) => {
            const result = parseDraftJson(text);
            if (!result.ok) expectWellFormed(result.issues, undefined);
          },
        ),
        params(200),
      );
    },
    TIMEOUT,
  );

  it(
    "a valid draft with one field broken: the issues name that field",
    () => {
      fc.assert(
        fc.property(readyDraft, Mutation, fc.nat(), (draft, mutation, pick) => {
          const json = JSON.parse(JSON.stringify(draft)) as Json;
          const paths = pathsOf(json).filter((path) => mutation !== "too-long" || typeof get(json, path) === "string");
          const path = paths[pick % paths.length]!;
          const original = get(json, path);
          const replacement =
            mutation === "wrong-type"
              ? wrongType(original)
              : mutation === "null"
                ? null
                : mutation === "too-long"
                  ? "x".repeat(20_001)
                  : undefined;
          const broken = setAt(json, path, replacement);
          const parsed = MotionDraftSchema.safeParse(broken);
          const dotted = path.join(".");
          // Most answers are optional, so removing one leaves a valid draft; a required one is named when missing.
          if (mutation === "remove" && parsed.success) return;
          expect(parsed.success, `${mutation} at ${dotted}`).toBe(false);
          if (parsed.success) return;
          const issues = toDraftIssues(parsed.error);
          expectWellFormed(issues, broken);
          expect(
            issues.map((issue) => issue.path),
            `${mutation} at ${dotted}`,
          ).toContain(dotted);
        }),
        params(200),
      );
    },
    TIMEOUT,
  );
});
