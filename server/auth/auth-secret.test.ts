import { mkdtempSync, readFileSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
const { authSecret } = await import("./auth-secret");

describe("authSecret", () => {
  it("uses BETTER_AUTH_SECRET, and refuses a short one", () => {
    expect(authSecret({ BETTER_AUTH_SECRET: "s".repeat(32) }, "/nonexistent")).toBe("s".repeat(32));
    expect(() => authSecret({ BETTER_AUTH_SECRET: "short" }, "/nonexistent")).toThrow(/at least 32/);
  });

  it("generates one secret on first start, owner-only, and reuses it after", () => {
    const dir = path.join(mkdtempSync(path.join(os.tmpdir(), "secret-")), "data");
    const first = authSecret({}, dir);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(authSecret({}, dir)).toBe(first);
    expect(readFileSync(path.join(dir, "auth-secret"), "utf8")).toBe(first);
    expect(statSync(path.join(dir, "auth-secret")).mode & 0o077).toBe(0);
  });
});
