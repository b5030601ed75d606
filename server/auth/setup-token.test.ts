import { describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
const { isValidSetupToken } = await import("./setup-token");

describe("isValidSetupToken", () => {
  it("accepts only the configured token, and nothing when none is configured", () => {
    expect(isValidSetupToken("court-token", { CHAMBERS_SETUP_TOKEN: "court-token" })).toBe(true);
    expect(isValidSetupToken("court-toke", { CHAMBERS_SETUP_TOKEN: "court-token" })).toBe(false);
    expect(isValidSetupToken(undefined, { CHAMBERS_SETUP_TOKEN: "court-token" })).toBe(false);
    expect(isValidSetupToken("anything", {})).toBe(false);
  });
});
