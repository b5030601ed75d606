import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // PGlite ships WebAssembly and data files: load it from node_modules rather than bundling it.
  serverExternalPackages: ["@electric-sql/pglite"],
};

export default nextConfig;
