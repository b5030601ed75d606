// `npm test`'s browser part: the Playwright journeys need Debian's Chromium (no browser download is
// possible here). CI installs it, so there a missing browser fails; elsewhere the journeys are
// skipped with a notice instead of failing a machine that has no browser.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromium) && process.env.CI !== "true") {
  console.log(`e2e skipped: no Chromium at ${chromium} (apt-get install chromium, then npm run e2e)`);
  process.exit(0);
}
const result = spawnSync("npx", ["playwright", "test"], {
  stdio: "inherit",
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
});
process.exit(result.status ?? 1);
