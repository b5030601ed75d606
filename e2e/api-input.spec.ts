import { expect, test, type APIRequestContext } from "@playwright/test";
import { pageAs } from "./accounts";
import { appOrigin, readFixture, seedDraft } from "./fixtures";

type Snapshot = { revision: number; versions: number; comments: number; events: number; status: string };

/** What the database holds for a draft, through the API. */
async function snapshot(api: APIRequestContext, id: string): Promise<Snapshot> {
  const [draft, versions, comments, events] = await Promise.all(
    [`/api/drafts/${id}`, `/api/drafts/${id}/versions`, `/api/drafts/${id}/comments`, `/api/drafts/${id}/audit`].map(
      async (url) => (await api.get(url)).json(),
    ),
  );
  return {
    revision: draft.draft.currentRevision,
    status: draft.draft.status,
    versions: versions.versions.length,
    comments: comments.comments.length,
    events: events.events.length,
  };
}

/**
 * Bad input to every API write: malformed JSON, wrong types, over-long strings, a body over the
 * limit, a cross-site origin. Each answers 400/413/403 with the field named, and the database
 * is unchanged.
 */
test("every API write refuses bad input with the field named and changes nothing", async ({ page, browser }) => {
  const draft = readFixture("fixtures/seeds/002.json");
  const id = await seedDraft(page, draft);
  const api = page.request;
  const headers = { Origin: appOrigin(page), "Content-Type": "application/json" };
  const before = await snapshot(api, id);

  // Invitations are the judge's to send: a clerk is refused before the body is read.
  const judgeApi = (await pageAs(browser, "judge")).request;
  const routes: {
    method: "post" | "put" | "patch";
    url: string;
    wrongTypes: unknown;
    wrongField: string;
    tooLong: unknown;
    longField: string;
    as?: APIRequestContext;
  }[] = [
    {
      method: "post",
      url: "/api/drafts",
      wrongTypes: { data: { case: "x" } },
      wrongField: "data.case",
      tooLong: { data: { ...draft, motion: { ...draft.motion, titleAsFiled: "x".repeat(5000) } } },
      longField: "data.motion.titleAsFiled",
    },
    {
      method: "put",
      url: `/api/drafts/${id}`,
      wrongTypes: { baseRevision: "one", data: draft },
      wrongField: "baseRevision",
      tooLong: {
        baseRevision: before.revision,
        data: { ...draft, motion: { ...draft.motion, titleAsFiled: "x".repeat(5000) } },
      },
      longField: "data.motion.titleAsFiled",
    },
    {
      method: "post",
      url: `/api/drafts/${id}/keep-mine`,
      wrongTypes: { theirsRevision: [], data: draft },
      wrongField: "theirsRevision",
      tooLong: { theirsRevision: 1, data: { ...draft, orderDate: "x".repeat(300) } },
      longField: "data.orderDate",
    },
    {
      method: "post",
      url: `/api/drafts/${id}/status`,
      wrongTypes: { action: 7 },
      wrongField: "action",
      tooLong: { action: "return", note: "x".repeat(6000) },
      longField: "note",
    },
    {
      method: "post",
      url: `/api/drafts/${id}/comments`,
      wrongTypes: { anchor: { section: "discussion", blockIndex: "2" }, body: "x" },
      wrongField: "anchor.blockIndex",
      tooLong: { anchor: { section: "discussion" }, body: "x".repeat(6000) },
      longField: "body",
    },
    {
      method: "post",
      url: "/api/invitations",
      wrongTypes: { email: 42, role: "clerk" },
      wrongField: "email",
      tooLong: { email: `${"x".repeat(400)}@example.com`, role: "clerk" },
      longField: "email",
      as: judgeApi,
    },
    {
      method: "patch",
      url: "/api/comments/00000000-0000-4000-8000-000000000000",
      wrongTypes: { resolved: "yes" },
      wrongField: "resolved",
      tooLong: { resolved: true, note: "x".repeat(6000) },
      longField: "note",
    },
    {
      method: "post",
      url: "/api/setup",
      wrongTypes: { chambersName: ["x"], judgeName: "J", email: "j@example.com", password: "long-enough-password" },
      wrongField: "chambersName",
      tooLong: {
        chambersName: "x".repeat(300),
        judgeName: "J",
        email: "j@example.com",
        password: "long-enough-password",
      },
      longField: "chambersName",
    },
    {
      method: "post",
      url: "/api/invitations/accept",
      wrongTypes: { token: 5, name: "N", password: "long-enough-password" },
      wrongField: "token",
      tooLong: { token: "t", name: "N".repeat(300), password: "long-enough-password" },
      longField: "name",
    },
  ];
  for (const route of routes) {
    const client = route.as ?? api;
    const send = (data: string | Buffer, extra: Record<string, string> = {}) =>
      client[route.method](route.url, { data, headers: { ...headers, ...extra } });
    // A Buffer goes as-is (a string would be JSON-encoded into a valid JSON string).
    const malformed = await send(Buffer.from("{not json"));
    expect(malformed.status(), `${route.url} malformed`).toBe(400);

    const wrong = await send(JSON.stringify(route.wrongTypes));
    expect(wrong.status(), `${route.url} wrong types`).toBe(400);
    expect(
      ((await wrong.json()) as { issues: { path: string }[] }).issues.map((i) => i.path),
      `${route.url} wrong types`,
    ).toContain(route.wrongField);

    const long = await send(JSON.stringify(route.tooLong));
    expect(long.status(), `${route.url} too long`).toBe(400);
    expect(
      ((await long.json()) as { issues: { path: string }[] }).issues.map((i) => i.path),
      `${route.url} too long`,
    ).toContain(route.longField);

    const huge = await send(JSON.stringify({ padding: "x".repeat(1_100_000) }));
    expect(huge.status(), `${route.url} over the limit`).toBe(413);

    const crossSite = await send(JSON.stringify(route.wrongTypes), { Origin: "https://evil.example" });
    expect(crossSite.status(), `${route.url} cross-site`).toBe(403);
    expect(await crossSite.text()).not.toMatch(/\bat \S+:\d+|node_modules|\/work\//);
  }
  expect(await snapshot(api, id)).toEqual(before);
  const drafts = (await (await api.get("/api/drafts")).json()) as { drafts: unknown[] };
  expect(drafts.drafts.filter((d) => (d as { id: string }).id === id)).toHaveLength(1);
});

test("signed out, the API answers 401 and the pages send you to sign in", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  expect((await page.request.get(`${baseURL}/api/drafts`)).status()).toBe(401);
  await page.goto("/drafts/00000000-0000-4000-8000-000000000000/review");
  await expect(page).toHaveURL(/\/login\?next=/);
  // Sign-in's body is held to the small-body limit before the auth library reads it.
  const oversized = await page.request.post(`${baseURL}/api/auth/sign-in/email`, {
    data: JSON.stringify({ email: "a@example.com", password: "x".repeat(20_000) }),
    headers: { "Content-Type": "application/json", Origin: new URL(baseURL!).origin },
  });
  expect(oversized.status()).toBe(413);
  await context.close();
});
