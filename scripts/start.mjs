// `npm start`: builds the app once if there is no build yet, then serves it on the embedded defaults
// (scripts/serve.mjs: PORT, default 3000).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const run = (args) => {
  const result = spawnSync("npm", args, { stdio: "inherit", env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
if (!existsSync(".next/BUILD_ID")) run(["run", "build"]);
run(["exec", "--", "node", "scripts/serve.mjs"]);
