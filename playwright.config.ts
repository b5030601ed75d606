import { defineConfig } from "@playwright/test";
import os from "node:os";
import path from "node:path";
import { AUTH_DIR, E2E_SETUP_TOKEN } from "./e2e/accounts";

const PORT = Number(process.env.PORT ?? 3100);
const BASE_URL = `http://127.0.0.1:${PORT}`;
/** Set E2E_SKIP_BUILD=1 to serve the build already in .next (when iterating on specs only). */
const build = process.env.E2E_SKIP_BUILD === "1" ? "" : "npm run build && ";
/** Each run starts from an empty embedded database, so first-run setup is part of the journey. */
const PGLITE_DIR = process.env.E2E_PGLITE_DIR ?? path.join(os.tmpdir(), `chambers-e2e-${process.pid}-${Date.now()}`);

export default defineConfig({
  testDir: "./e2e",
  // Per port, so that runs beside each other (a benchmark, a second checkout) keep their own artifacts.
  outputDir: `test-results/${PORT}`,
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
  projects: [
    // First run: the judge sets up the chambers and invites a clerk; a second chambers is set up too.
    { name: "accounts", testMatch: /accounts\.setup\.ts/ },
    { name: "journeys", dependencies: ["accounts"], use: { storageState: `${AUTH_DIR}/clerk.json` } },
  ],
  webServer: {
    // The app's own server (scripts/serve.mjs), as `npm start` runs it: client addresses from the connection.
    command: `${build}exec node scripts/serve.mjs`,
    url: `${BASE_URL}/login`,
    reuseExistingServer: false,
    // The build runs inside this command: about 4 minutes on a busy 2-core machine.
    timeout: 600_000,
    env: {
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(PORT),
      HOST: "127.0.0.1",
      PGLITE_DIR,
      BETTER_AUTH_SECRET: "e2e-secret-that-is-at-least-32-characters-long",
      CHAMBERS_SETUP_TOKEN: E2E_SETUP_TOKEN,
      // The journeys sign in a dozen times a minute from one address; a unit test covers the real limit.
      AUTH_SIGN_IN_MAX: "100",
    },
  },
});
