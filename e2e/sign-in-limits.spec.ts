import { expect, test } from "@playwright/test";
import { request as httpRequest } from "node:http";

/**
 * Password guessing against the running server. The per-address limit keys on the connection's
 * address, whatever X-Forwarded-For a client sends (no proxy is trusted by default); the
 * per-account limit answers growing waits, whatever address the guesses come from.
 */

/** A sign-in attempt over a connection from `from` (another loopback address), with a forged forwarding header. */
function attemptFrom(
  baseURL: string,
  from: string,
  email: string,
  forged: string,
): Promise<{ status: number; body: string }> {
  const url = new URL("/api/auth/sign-in/email", baseURL);
  const body = JSON.stringify({ email, password: "a wrong password guess" });
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      {
        method: "POST",
        localAddress: from,
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(body),
          origin: url.origin,
          "x-forwarded-for": forged,
          "x-real-ip": forged,
        },
      },
      (res) => {
        let text = "";
        res.on("data", (chunk: Buffer) => (text += chunk.toString()));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

test("a forged X-Forwarded-For does not escape the per-address limit", async ({ baseURL }) => {
  // The e2e server allows 100 attempts a minute per address; each attempt names another account.
  const statuses: number[] = [];
  for (let i = 0; i < 101; i++) {
    const { status } = await attemptFrom(baseURL!, "127.0.0.2", `guess-${i}@nowhere.example`, `203.0.113.${i}`);
    statuses.push(status);
  }
  expect(statuses.slice(0, 100).every((s) => s === 401)).toBe(true);
  expect(statuses[100]).toBe(429);
  // Another address is not slowed by it.
  expect((await attemptFrom(baseURL!, "127.0.0.3", "guess-x@nowhere.example", "203.0.113.1")).status).toBe(401);
});

test("guesses at one account from many addresses wait longer and longer; the sign-in page says how long", async ({
  browser,
  baseURL,
}) => {
  const victim = "judge-to-be@nowhere.example";
  const statuses: number[] = [];
  for (let i = 0; i < 12; i++)
    statuses.push((await attemptFrom(baseURL!, `127.0.1.${i + 1}`, victim, "1.2.3.4")).status);
  expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429, 429, 429, 429, 429]);

  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("Email").fill(victim);
  await page.getByLabel("Password").fill("yet another guess!");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText(/^Too many sign-in attempts\. Try again in \d+ seconds?\.$/)).toBeVisible();
  await context.close();
});
