import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * The module graph as the code has it (eslint.config.mjs states which arrows are allowed; this
 * reads the imports themselves): no cycle between the folders of lib/, and no module the browser
 * loads reaches server/.
 */
const ROOT = path.resolve(import.meta.dirname, "..");
const SOURCE = /\.(ts|tsx)$/;
const isTest = (file: string) => /\.test\.tsx?$/.test(file) || /(^|\/)testing(\.ts|\/)/.test(file);

function sourceFiles(folder: string): string[] {
  return fs
    .readdirSync(path.join(ROOT, folder), { recursive: true, encoding: "utf8" })
    .filter((file) => SOURCE.test(file))
    .map((file) => path.join(folder, file));
}

function resolveImport(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith("@/")
    ? specifier.slice(2)
    : specifier.startsWith(".")
      ? path.join(path.dirname(from), specifier)
      : undefined;
  if (base === undefined) return undefined;
  const candidates = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`];
  return candidates.find((file) => SOURCE.test(file) && fs.existsSync(path.join(ROOT, file)));
}

const importsCache = new Map<string, string[]>();
function importsOf(file: string): string[] {
  let imports = importsCache.get(file);
  if (!imports) {
    const text = fs.readFileSync(path.join(ROOT, file), "utf8");
    imports = ts
      .preProcessFile(text, true, true)
      .importedFiles.map((ref) => resolveImport(file, ref.fileName))
      .filter((target): target is string => target !== undefined);
    importsCache.set(file, imports);
  }
  return imports;
}

/** The first cycle found in a directed graph, as the path that closes it, or undefined. */
function findCycle(graph: Map<string, Set<string>>): string[] | undefined {
  const state = new Map<string, "open" | "done">();
  const trail: string[] = [];
  const visit = (node: string): string[] | undefined => {
    if (state.get(node) === "done") return undefined;
    if (state.get(node) === "open") return [...trail.slice(trail.indexOf(node)), node];
    state.set(node, "open");
    trail.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    trail.pop();
    state.set(node, "done");
    return undefined;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return undefined;
}

const libFolderOf = (file: string) => file.split(path.sep).slice(0, 2).join("/");

describe("the module graph", () => {
  it("has no cycle between the folders of lib/ (tests and testing helpers aside)", () => {
    const graph = new Map<string, Set<string>>();
    for (const file of sourceFiles("lib").filter((f) => !isTest(f))) {
      const from = libFolderOf(file);
      const edges = graph.get(from) ?? new Set<string>();
      graph.set(from, edges);
      for (const target of importsOf(file)) {
        if (target.startsWith("lib/") && libFolderOf(target) !== from) edges.add(libFolderOf(target));
      }
    }
    expect(graph.size).toBeGreaterThan(10);
    expect(findCycle(graph)).toBeUndefined();
  });

  it("lets no client module reach server/, directly or through what it imports", () => {
    const clientFiles = ["app", "components"]
      .flatMap(sourceFiles)
      .filter((file) => !isTest(file) && /^["']use client["']/m.test(fs.readFileSync(path.join(ROOT, file), "utf8")));
    expect(clientFiles.length).toBeGreaterThan(20);
    const reached = new Set<string>(clientFiles);
    const queue = [...clientFiles];
    const serverReached: string[] = [];
    while (queue.length > 0) {
      const file = queue.pop()!;
      for (const target of importsOf(file)) {
        if (reached.has(target)) continue;
        reached.add(target);
        if (target.startsWith("server/")) serverReached.push(`${file} → ${target}`);
        else queue.push(target);
      }
    }
    expect(serverReached).toEqual([]);
  });
});

describe("findCycle", () => {
  it("finds the cycle that closes a path, and none in a tree", () => {
    const graph = (edges: [string, string][]) => {
      const g = new Map<string, Set<string>>();
      for (const [a, b] of edges) g.set(a, (g.get(a) ?? new Set()).add(b)).set(b, g.get(b) ?? new Set());
      return g;
    };
    expect(
      findCycle(
        graph([
          ["a", "b"],
          ["b", "c"],
          ["c", "a"],
        ]),
      ),
    ).toEqual(["a", "b", "c", "a"]);
    expect(
      findCycle(
        graph([
          ["a", "b"],
          ["a", "c"],
          ["b", "c"],
        ]),
      ),
    ).toBeUndefined();
  });
});
