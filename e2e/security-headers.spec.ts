import { expect, test, type Page, type Response } from "@playwright/test";
import { relevantSteps } from "@/lib/wizard/steps";
import { appOrigin, checkA11y, readFixture, seedDraft } from "./fixtures";

/**
 * Hardening: every page carries a nonce-based Content-Security-Policy that Next.js's own scripts
 * satisfy (so nothing is refused and the page still hydrates), the static security headers are on
 * pages and API responses alike, and errors reach the browser without stack traces.
 */

/** A stack frame or a server path: what an error body must never contain. */
const STACK_TRACE = /\bat \S+ \(|\bat \/|node_modules|\/work\/|\.tsx?:\d+|webpack-internal|\[project\]/;

/** Console messages and `securitypolicyviolation` events: every CSP refusal on the page. */
function watchCsp(page: Page): () => Promise<string[]> {
  const refused: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text()))
      refused.push(`console: ${message.text()}`);
  });
  // Injected by the browser's devtools protocol, so the page's CSP does not apply to this script.
  void page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      w.__cspViolations.push(`${e.violatedDirective}: ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`),
    );
  });
  return async () => [
    ...refused,
    ...(await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])),
  ];
}

/** The CSP directives of a response, by name. */
function cspOf(response: Response): Map<string, string[]> {
  const header = response.headers()["content-security-policy"];
  expect(header, `CSP on ${response.url()}`).toBeTruthy();
  return new Map(
    header!.split(";").map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      return [name!.toLowerCase(), sources];
    }),
  );
}

/** nosniff, no framing, the referrer policy: on every response, pages and API alike. */
function expectStaticHeaders(response: Response): void {
  const headers = response.headers();
  const where = response.url();
  expect(headers["x-content-type-options"], where).toBe("nosniff");
  expect(headers["x-frame-options"], where).toBe("DENY");
  expect(headers["referrer-policy"], where).toBe("same-origin");
  expect(headers["permissions-policy"], where).toContain("camera=()");
  expect(headers["cross-origin-opener-policy"], where).toBe("same-origin");
  expect(headers["x-powered-by"], where).toBeUndefined();
}

/** Asserts the page's CSP is the strict one, and returns its nonce. */
function expectStrictCsp(response: Response): string {
  const csp = cspOf(response);
  const scriptSrc = csp.get("script-src") ?? [];
  const nonce = scriptSrc.map((source) => /^'nonce-([A-Za-z0-9+/=]+)'$/.exec(source)?.[1]).find(Boolean);
  expect(nonce, "a nonce in script-src").toBeTruthy();
  expect(scriptSrc).toContain("'strict-dynamic'");
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(scriptSrc).not.toContain("'unsafe-eval'");
  expect(csp.get("script-src-attr") ?? []).not.toContain("'unsafe-inline'");
  expect(csp.get("object-src")).toEqual(["'none'"]);
  expect(csp.get("base-uri")).toEqual(["'self'"]);
  expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
  return nonce!;
}

/**
 * Every script the server sent carries this response's nonce, in the HTML and in the document.
 * Chunks the runtime loads later (`import()`) are trusted through 'strict-dynamic' without one;
 * that nothing was refused is checked separately.
 */
async function expectScriptsNonced(page: Page, response: Response, nonce: string): Promise<void> {
  const html = await response.text();
  const served = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(served.length, "scripts in the served HTML").toBeGreaterThan(0);
  for (const tag of served) expect(tag, "a served <script>").toContain(`nonce="${nonce}"`);
  const servedSources = new Set(served.map((tag) => /\ssrc="([^"]+)"/.exec(tag)?.[1]).filter(Boolean));
  // Browsers hide the nonce attribute from the DOM once parsed; the `nonce` property keeps it.
  const inDocument = await page
    .locator("script")
    .evaluateAll((scripts) =>
      scripts.map((s) => ({ src: s.getAttribute("src"), nonce: (s as HTMLScriptElement).nonce })),
    );
  const parserInserted = inDocument.filter((script) => script.src === null || servedSources.has(script.src));
  expect(parserInserted.length).toBeGreaterThan(0);
  for (const script of parserInserted)
    expect(script.nonce, `nonce of <script src=${script.src ?? "inline"}>`).toBe(nonce);
}

/** Next.js's client runtime ran: its scripts were not refused. */
async function expectHydrated(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => Boolean((window as unknown as { next?: { version?: string } }).next?.version)))
    .toBe(true);
}

test("pages carry a strict nonce CSP that Next.js's scripts satisfy, and the security headers", async ({ page }) => {
  const violations = watchCsp(page);

  // "/" redirects (to the drafts list when signed in, else to sign-in or setup): the final document is what counts.
  const home = await page.goto("/");
  expect(home, "the document response").not.toBeNull();
  expect(home!.status()).toBe(200);
  expect(new URL(page.url()).pathname).not.toBe("/");
  expectStaticHeaders(home!);
  const nonce = expectStrictCsp(home!);
  await expectScriptsNonced(page, home!, nonce);
  await expectHydrated(page);
  expect(await violations(), `CSP refusals on ${page.url()}`).toEqual([]);

  // A fresh nonce for every response.
  const again = await page.reload();
  expect(expectStrictCsp(again!)).not.toBe(nonce);
});

test("the order preview and the review page work under the CSP (the order's inline style attributes apply)", async ({
  page,
}) => {
  const violations = watchCsp(page);
  const seed = readFixture("fixtures/seeds/002.json");
  const id = await seedDraft(page, seed);

  const step = relevantSteps(seed)[0]!;
  const wizard = await page.goto(`/drafts/${id}/${step.id}`);
  expectStaticHeaders(wizard!);
  await expectScriptsNonced(page, wizard!, expectStrictCsp(wizard!));
  await expect(page.getByRole("heading", { level: 1, name: step.title })).toBeVisible();
  await expect(page.getByRole("region", { name: "Preview of the order" })).toContainText("LINLOR");
  expect(await violations(), "CSP refusals in the wizard").toEqual([]);

  const review = await page.goto(`/drafts/${id}/review`);
  expectStaticHeaders(review!);
  await expectScriptsNonced(page, review!, expectStrictCsp(review!));
  const sheet = page.locator(".order-doc").first();
  await expect(sheet).toBeVisible();
  // The order's page geometry comes from server-rendered style attributes (1in margins, 8.5in wide): they applied.
  expect(await sheet.evaluate((el) => [getComputedStyle(el).paddingTop, getComputedStyle(el).maxWidth])).toEqual([
    "96px",
    "816px",
  ]);
  expect(await violations(), "CSP refusals on the review page").toEqual([]);
});

test("a missing page is a real 404 with the same headers, accessible, and nothing refused", async ({ page }) => {
  const violations = watchCsp(page);
  const response = await page.goto("/no-such-page");
  expect(response!.status()).toBe(404);
  expectStaticHeaders(response!);
  await expectScriptsNonced(page, response!, expectStrictCsp(response!));
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "Go to your drafts" })).toHaveAttribute(
    "href",
    "/drafts",
  );
  await expectHydrated(page);
  await checkA11y(page, "the 404 page");
  expect(await violations(), "CSP refusals on the 404 page").toEqual([]);
});

test("API errors carry the security headers and no stack trace", async ({ page }) => {
  await page.goto("/drafts");
  const headers = { Origin: appOrigin(page), "Content-Type": "application/json" };
  // A Buffer goes as-is (a string would be JSON-encoded into a valid JSON string).
  const malformed = await page.request.post("/api/render", { data: Buffer.from("{not json"), headers });
  expect(malformed.status()).toBe(400);
  const h = malformed.headers();
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["x-frame-options"]).toBe("DENY");
  expect(h["referrer-policy"]).toBe("same-origin");
  expect(h["content-security-policy"]).toContain("default-src 'none'");
  expect(h["content-type"]).toMatch(/json/);
  const body = await malformed.text();
  expect(body).not.toMatch(STACK_TRACE);
  expect(JSON.parse(body)).toMatchObject({ code: "malformed-json" });

  // A route that does not exist under /api: a 404 with the headers, no trace either.
  const missing = await page.request.get("/api/no-such-route");
  expect(missing.status()).toBe(404);
  expect(missing.headers()["x-content-type-options"]).toBe("nosniff");
  expect(await missing.text()).not.toMatch(STACK_TRACE);
});
