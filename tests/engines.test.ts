import fs from "node:fs";
import path from "node:path";
import semver from "semver";
import { describe, expect, it } from "vitest";

/** package.json's `engines.node` promises only what every installed package accepts, and the README says it. */
const ROOT = path.resolve(import.meta.dirname, "..");
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(ROOT, file), "utf8"));

type LockEntry = {
  engines?: { node?: string } | string[];
  os?: string[];
  cpu?: string[];
  optionalDependencies?: Record<string, string>;
};

const range: string = read("package.json").engines.node;
const lock: { packages: Record<string, LockEntry> } = read("package-lock.json");

/** Where npm finds `name` for the package at `from`: its own node_modules, then each one above. */
function resolves(from: string, name: string): boolean {
  for (let base = from; ; base = base.slice(0, Math.max(0, base.lastIndexOf("/node_modules/")))) {
    if (lock.packages[`${base ? `${base}/` : ""}node_modules/${name}`]) return true;
    if (!base) return false;
  }
}

describe("engines.node", () => {
  it("is within every locked package's own engines (platform-specific builds aside)", () => {
    const outside = Object.entries(lock.packages)
      .filter(([name, entry]) => name !== "" && !entry.os && !entry.cpu)
      .flatMap(([name, entry]) => {
        const needs = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
        return needs && !semver.subset(range, needs) ? [`${name.replace(/^.*node_modules\//, "")} needs ${needs}`] : [];
      });
    expect(outside).toEqual([]);
  });

  it("admits Node 20.19, the oldest the toolchain runs on (vite 8) and the Node CI uses, and the README says so", () => {
    expect(semver.minVersion(range)?.version).toBe("20.19.0");
    expect(fs.readFileSync(path.join(ROOT, "README.md"), "utf8")).toContain(`\`${range}\``);
  });
});

describe("package-lock.json", () => {
  // A lock regenerated from one machine's node_modules can lose the other platforms' builds
  // (@next/swc-*, @esbuild/*, …), and then `npm ci` elsewhere installs no compiler at all.
  it("locks every optional dependency of every locked package, each platform's build included", () => {
    const missing = Object.entries(lock.packages).flatMap(([name, entry]) =>
      Object.keys(entry.optionalDependencies ?? {})
        .filter((dependency) => !resolves(name, dependency))
        .map((dependency) => `${name || "(root)"} → ${dependency}`),
    );
    expect(missing).toEqual([]);
  });
});
