import type { NextConfig } from "next";
import { API_CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from "./server/http/content-security-policy";
import { SERVER_ACTION_BODY_LIMIT } from "./server/http/limits";

const securityHeaders = Object.entries(SECURITY_HEADERS).map(([key, value]) => ({ key, value }));

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // A second build folder lets a benchmark build and serve beside the e2e build (NEXT_DIST_DIR=.next-bench).
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // PGlite ships WebAssembly and data files: load it from node_modules rather than bundling it.
  // (pino is on Next.js's built-in list of server external packages already.)
  serverExternalPackages: ["@electric-sql/pglite"],
  // Not "X-Powered-By: Next.js".
  poweredByHeader: false,
  experimental: {
    // Server actions, if any appear, take small bodies only (see server/http/limits.ts).
    serverActions: { bodySizeLimit: SERVER_ACTION_BODY_LIMIT },
  },
  // Every response, pages, API routes and static files alike: nosniff, no framing, referrer and
  // permissions policies. Pages get their nonce-based CSP from proxy.ts; API routes a deny-all one.
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      {
        source: "/api/:path*",
        headers: [
          { key: "Content-Security-Policy", value: API_CONTENT_SECURITY_POLICY },
          // Drafts are confidential: no browser or proxy keeps a copy of any API answer.
          { key: "Cache-Control", value: "no-store" },
        ],
      },
    ];
  },
};

export default nextConfig;
