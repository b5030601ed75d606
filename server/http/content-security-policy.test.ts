import { describe, expect, it } from "vitest";
import {
  API_CONTENT_SECURITY_POLICY,
  contentSecurityPolicy,
  createNonce,
  SECURITY_HEADERS,
} from "./content-security-policy";

/** The policy as a map from directive to its sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(";").map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      return [name!, sources];
    }),
  );
}

describe("contentSecurityPolicy", () => {
  const nonce = createNonce();
  const policy = directives(contentSecurityPolicy({ nonce }));

  it("runs only scripts with this response's nonce, and what they load", () => {
    expect(policy.get("script-src")).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
  });

  it("allows no inline script and no eval in production", () => {
    const all = [...policy.values()].flat();
    expect(policy.get("script-src")).not.toContain("'unsafe-inline'");
    expect(all).not.toContain("'unsafe-eval'");
    expect(policy.has("script-src-attr")).toBe(false);
  });

  it("allows eval and inline <style> in next dev only (React's dev tooling, the error overlay)", () => {
    const dev = directives(contentSecurityPolicy({ nonce, isDev: true }));
    expect(dev.get("script-src")).toContain("'unsafe-eval'");
    expect(dev.get("script-src")).not.toContain("'unsafe-inline'");
    expect(dev.get("style-src-elem")).toContain("'unsafe-inline'");
    expect(policy.get("style-src-elem")).not.toContain("'unsafe-inline'");
  });

  it("takes stylesheets from this origin or with the nonce, and inline style attributes only", () => {
    expect(policy.get("style-src")).toEqual(["'self'", `'nonce-${nonce}'`]);
    expect(policy.get("style-src-elem")).toEqual(["'self'", `'nonce-${nonce}'`]);
    expect(policy.get("style-src-attr")).toEqual(["'unsafe-inline'"]);
  });

  it("locks down objects, base, forms, framing, connections and images", () => {
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("connect-src")).toEqual(["'self'"]);
    expect(policy.get("img-src")).toEqual(["'self'", "data:", "blob:"]);
  });

  it("is one header line", () => {
    expect(contentSecurityPolicy({ nonce })).not.toMatch(/[\r\n]/);
  });
});

describe("createNonce", () => {
  it("is 128 random bits in base64, fresh every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("the static headers", () => {
  it("forbid sniffing and framing, and keep referrers on this site", () => {
    expect(SECURITY_HEADERS).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "X-Frame-Options": "DENY",
      "Referrer-Policy": "same-origin",
      "Cross-Origin-Opener-Policy": "same-origin",
    });
    expect(SECURITY_HEADERS["Permissions-Policy"]).toContain("camera=()");
  });

  it("give API responses a policy that loads nothing", () => {
    expect(directives(API_CONTENT_SECURITY_POLICY).get("default-src")).toEqual(["'none'"]);
    expect(directives(API_CONTENT_SECURITY_POLICY).get("frame-ancestors")).toEqual(["'none'"]);
  });
});
