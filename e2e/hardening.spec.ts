import { expect, test } from "@playwright/test";
import { appOrigin, readFixture } from "./fixtures";

/** The small holes of issue 14, each tried against the running server. */

test("a prefetch gets the page's CSP; every page and answer says noindex; API answers are never cached", async ({
  page,
}) => {
  await page.goto("/drafts");
  const prefetch = await page.request.get("/drafts", { headers: { Purpose: "prefetch", "Sec-Purpose": "prefetch" } });
  expect(prefetch.status()).toBe(200);
  expect(prefetch.headers()["content-security-policy"]).toMatch(/script-src[^;]*'nonce-/);
  expect(prefetch.headers()["x-robots-tag"]).toContain("noindex");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  const api = await page.request.get("/api/drafts");
  expect(api.headers()["cache-control"]).toContain("no-store");
  expect(api.headers()["x-robots-tag"]).toContain("noindex");
  expect(await (await page.request.get("/robots.txt")).text()).toMatch(/Disallow: \//);
});

test("writes take JSON only, and /api/render names a field it does not know", async ({ page }) => {
  await page.goto("/drafts");
  const origin = appOrigin(page);
  for (const type of ["text/plain", "application/x-www-form-urlencoded"]) {
    const sent = await page.request.post("/api/drafts", {
      data: "{}",
      headers: { Origin: origin, "Content-Type": type },
    });
    expect(sent.status(), type).toBe(415);
  }
  const draft = readFixture("fixtures/seeds/002.json");
  const rendered = await page.request.post("/api/render", {
    data: { ...draft, motion: { ...draft.motion, titleAsFiledd: "typo" } },
    headers: { Origin: origin },
  });
  expect(rendered.status()).toBe(400);
  expect(((await rendered.json()) as { issues: { path: string }[] }).issues.map((i) => i.path)).toEqual([
    "motion.titleAsFiledd",
  ]);
});

test("a wrong setup token is called wrong, and a clerk cannot rename themselves through the auth API", async ({
  page,
  browser,
}) => {
  const fresh = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const anonymous = await fresh.newPage();
  await anonymous.goto("/login");
  const setup = await anonymous.request.post("/api/setup", {
    data: {
      chambersName: "Chambers of Nobody",
      judgeName: "Nobody",
      email: "nobody@setup.example",
      password: "a sound setup passphrase 8",
      setupToken: "not-the-token",
    },
    headers: { Origin: appOrigin(anonymous) },
  });
  expect(setup.status()).toBe(403);
  expect(((await setup.json()) as { error: string }).error).toMatch(/setup link is not valid/);
  await fresh.close();

  await page.goto("/drafts");
  const renamed = await page.request.post("/api/auth/update-user", {
    data: { name: "Judge Okafor" },
    headers: { Origin: appOrigin(page) },
  });
  expect(renamed.status()).toBe(404);
  const session = (await (await page.request.get("/api/auth/get-session")).json()) as { user: { name: string } };
  expect(session.user.name).not.toContain("Judge");
});
