import fs from "node:fs";
import path from "node:path";
import semver from "semver";
import { describe, expect, it } from "vitest";

/** package.json's `engines.node` promises only what every installed package accepts. */
const ROOT = path.resolve(import.meta.dirname, "..");
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(ROOT, file), "utf8"));

type LockEntry = { engines?: { node?: string } | string[]; os?: string[]; cpu?: string[] };

describe("engines.node", () => {
  it("is within every locked package's own engines (platform-specific builds aside)", () => {
    const range: string = read("package.json").engines.node;
    const lock: { packages: Record<string, LockEntry> } = read("package-lock.json");
    const outside = Object.entries(lock.packages)
      .filter(([name, entry]) => name !== "" && !entry.os && !entry.cpu)
      .flatMap(([name, entry]) => {
        const needs = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
        return needs && !semver.subset(range, needs) ? [`${name.replace(/^.*node_modules\//, "")} needs ${needs}`] : [];
      });
    expect(outside).toEqual([]);
  });
});
