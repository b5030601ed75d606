import { defineConfig } from "@playwright/test";

const PORT = Number(process.env.PORT ?? 3100);
const BASE_URL = `http://127.0.0.1:${PORT}`;
/** Set E2E_SKIP_BUILD=1 to serve the build already in .next (when iterating on specs only). */
const build = process.env.E2E_SKIP_BUILD === "1" ? "" : "npm run build && ";

export default defineConfig({
  testDir: "./e2e",
  workers: 1,
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "reports/playwright.json" }]],
  use: {
    baseURL: BASE_URL,
    browserName: "chromium",
    acceptDownloads: true,
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      // Debian's Chromium: Playwright's own browser download is not reachable here.
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--disable-gpu"],
    },
  },
  webServer: {
    command: `${build}exec node node_modules/next/dist/bin/next start -p ${PORT} -H 127.0.0.1`,
    url: `${BASE_URL}/drafts`,
    reuseExistingServer: false,
    timeout: 240_000,
    env: { NEXT_TELEMETRY_DISABLED: "1" },
  },
});
