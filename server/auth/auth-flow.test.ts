import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { account, invitations } from "@/server/db/schema";
import { TEST_BACKENDS, useTestDb } from "@/server/db/testing";
import { acceptInvitation } from "./accept-invitation";
import { createAuth, type Auth } from "./create-auth";
import { createChambersWithJudge } from "./create-chambers-with-judge";
import { getActor } from "./get-actor";
import { inviteMember } from "./invite-member";
import { needsSetup } from "./needs-setup";

vi.mock("server-only", () => ({}));

const BASE = "http://localhost:3000";
const cookieFrom = (headers: Headers): Headers => {
  const cookie = headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return new Headers({ cookie });
};

describe.each(TEST_BACKENDS)("auth on $name", (backend) => {
  const db = useTestDb(backend, { beforeAll, afterAll });
  let auth: Auth;
  let chambersId = "";
  let judgeId = "";
  const judge = () => ({ userId: judgeId, chambersId, role: "judge" as const });
  beforeAll(() => {
    auth = createAuth(db(), {
      baseURL: BASE,
      secret: "test-secret-test-secret-test-secret-0123",
      signInLimit: { window: 60, max: 2 },
    });
  });
  const signIn = (email: string, password: string) =>
    auth.api.signInEmail({ body: { email, password }, returnHeaders: true });

  it("first run: needs setup, then creates the chambers and its judge, once", async () => {
    expect(await needsSetup(db())).toBe(true);
    expect(
      await createChambersWithJudge(db(), auth, { chambersName: "", judgeName: "J", email: "nope", password: "short" }),
    ).toMatchObject({ ok: false, code: "invalid" });
    const setup = await createChambersWithJudge(db(), auth, {
      chambersName: "Chambers of Judge Lee",
      judgeName: "Hon. Ann Lee",
      email: "Judge@Example.test",
      password: "correct horse battery",
    });
    if (!setup.ok) throw new Error(`setup failed: ${JSON.stringify(setup)}`);
    chambersId = setup.value.chambersId;
    judgeId = setup.value.userId;
    expect(await needsSetup(db())).toBe(false);
    expect(
      await createChambersWithJudge(db(), auth, {
        chambersName: "Again",
        judgeName: "X",
        email: "x@example.test",
        password: "another long password",
      }),
    ).toMatchObject({ ok: false, code: "conflict", reason: "already-set-up" });
    // The password is stored hashed by better-auth, never in the clear.
    const [cred] = await db().select().from(account).where(eq(account.userId, setup.value.userId));
    expect(cred?.providerId).toBe("credential");
    expect(cred?.password).not.toContain("correct horse");
  });

  it("the judge signs in with better-auth's server API; the session resolves to an actor", async () => {
    const { headers, response } = await signIn("judge@example.test", "correct horse battery");
    expect(response.user.email).toBe("judge@example.test");
    const actor = await getActor(cookieFrom(headers), { db: db(), auth });
    expect(actor).toMatchObject({ chambersId, role: "judge" });
    expect(await getActor(new Headers(), { db: db(), auth })).toBeNull();
    await expect(signIn("judge@example.test", "wrong password!!")).rejects.toMatchObject({ statusCode: 401 });
  });

  it("public sign-up is closed", async () => {
    await expect(
      auth.api.signUpEmail({ body: { name: "Eve", email: "eve@example.test", password: "long enough password" } }),
    ).rejects.toMatchObject({ statusCode: 400 });
  });

  it("invitation: one-time token, hashed at rest, accepted once, then sign-in as a clerk", async () => {
    const invite = await inviteMember(db(), judge(), "Clerk@Example.test", "clerk");
    if (!invite.ok) throw new Error("invite failed");
    const [row] = await db().select().from(invitations).where(eq(invitations.id, invite.value.invitationId));
    expect(row?.tokenHash).not.toBe(invite.value.token);
    expect(row?.email).toBe("clerk@example.test");
    expect(await acceptInvitation(db(), auth, invite.value.token, "Sam Clerk", "short")).toMatchObject({
      ok: false,
      code: "invalid",
      issues: [{ path: "password" }],
    });
    expect(await acceptInvitation(db(), auth, "forged-token", "Sam Clerk", "a long clerk password")).toEqual({
      ok: false,
      code: "not-found",
    });
    const accepted = await acceptInvitation(db(), auth, invite.value.token, "Sam Clerk", "a long clerk password");
    expect(accepted).toMatchObject({ ok: true, value: { chambersId, role: "clerk" } });
    expect(await acceptInvitation(db(), auth, invite.value.token, "Again", "a long clerk password")).toEqual({
      ok: false,
      code: "not-found",
    });
    const { headers } = await signIn("clerk@example.test", "a long clerk password");
    expect(await getActor(cookieFrom(headers), { db: db(), auth })).toMatchObject({ chambersId, role: "clerk" });
  });

  it("an expired invitation, or one for a taken email, is refused and leaves the token unspent", async () => {
    const old = await inviteMember(
      db(),
      judge(),
      "late@example.test",
      "clerk",
      new Date(Date.now() - 8 * 24 * 3600 * 1000),
    );
    if (!old.ok) throw new Error("invite failed");
    expect(await acceptInvitation(db(), auth, old.value.token, "Late", "a long enough password")).toEqual({
      ok: false,
      code: "not-found",
    });
    const dup = await inviteMember(db(), judge(), "judge@example.test", "admin");
    if (!dup.ok) throw new Error("invite failed");
    expect(await acceptInvitation(db(), auth, dup.value.token, "Dup", "a long enough password")).toMatchObject({
      ok: false,
      code: "conflict",
      reason: "email-taken",
    });
    const [row] = await db().select().from(invitations).where(eq(invitations.id, dup.value.invitationId));
    expect(row?.acceptedAt).toBeNull();
  });

  it("repeated bad sign-ins through the HTTP handler are rate limited (counters in the database)", async () => {
    const attempt = (ip = "203.0.113.7") =>
      auth.handler(
        new Request(`${BASE}/api/auth/sign-in/email`, {
          method: "POST",
          headers: { "content-type": "application/json", origin: BASE, "x-forwarded-for": ip },
          body: JSON.stringify({ email: "judge@example.test", password: "wrong password!!" }),
        }),
      );
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) statuses.push((await attempt()).status);
    // Our rule (2 per 60 s) overrides better-auth's default sign-in rule (3 per 10 s).
    expect(statuses).toEqual([401, 401, 429, 429, 429]);
    expect((await attempt("198.51.100.20")).status).toBe(401); // keyed per client IP
    const counters = await db().query.rateLimit.findMany();
    expect(counters.length).toBeGreaterThan(0);
  });

  it("an untrusted origin is refused (CSRF)", async () => {
    const response = await auth.handler(
      new Request(`${BASE}/api/auth/sign-in/email`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          origin: "https://evil.example",
          cookie: "x=1",
          "x-forwarded-for": "198.51.100.9",
        },
        body: JSON.stringify({ email: "judge@example.test", password: "correct horse battery" }),
      }),
    );
    expect(response.status).toBe(403);
  });
});
