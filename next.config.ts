import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // A second build folder lets a benchmark build and serve beside the e2e build (NEXT_DIST_DIR=.next-bench).
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // PGlite ships WebAssembly and data files: load it from node_modules rather than bundling it.
  serverExternalPackages: ["@electric-sql/pglite"],
};

export default nextConfig;
