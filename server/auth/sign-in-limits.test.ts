import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { TEST_BACKENDS, useTestDb } from "@/server/db/testing";
import { createAuth, type Auth } from "./create-auth";
import { createChambersWithJudge } from "./create-chambers-with-judge";

vi.mock("server-only", () => ({}));

const BASE = "http://localhost:3000";
const JUDGE = { email: "judge@limits.example", password: "a long judge passphrase 7" };

/** Cookies a response set, as a Cookie header for the next request. */
const cookiesOf = (response: Response): string =>
  response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");

/**
 * Password guessing over HTTP, through better-auth's handler as the app mounts it. The address
 * header is whatever the test sends: a forged one per attempt, as an attacker without a trusted
 * proxy in front would (the app's server replaces it with the peer's address; see client-address).
 */
describe.each(TEST_BACKENDS)("sign-in limits on $name", (backend) => {
  const db = useTestDb(backend, { beforeAll, afterAll });
  let auth: Auth;
  let forged = 0;
  beforeAll(async () => {
    // A generous per-address limit: these tests are about the per-account one.
    auth = createAuth(db(), { baseURL: BASE, secret: "test-secret-test-secret-test-secret-0123" });
    const setup = await createChambersWithJudge(db(), auth, {
      chambersName: "Chambers of Judge Limits",
      judgeName: "Hon. Limits",
      ...JUDGE,
    });
    if (!setup.ok) throw new Error("setup failed");
  });
  afterEach(() => vi.useRealTimers());

  const attempt = (email: string, password: string, options: { address?: string; cookie?: string } = {}) =>
    auth.handler(
      new Request(`${BASE}/api/auth/sign-in/email`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          origin: BASE,
          "x-forwarded-for": options.address ?? `198.51.100.${(forged += 1) % 250}`,
          ...(options.cookie ? { cookie: options.cookie } : {}),
        },
        body: JSON.stringify({ email, password }),
      }),
    );

  it("12 wrong passwords from 12 forged addresses, then the right one: refused (429) after 5, with growing waits", async () => {
    // The clock moves only when the test moves it, so every wait is exact.
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() });
    const victim = "nobody-yet@limits.example";
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await attempt(victim, `wrong guess number ${i}`)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429, 429, 429, 429, 429]);

    const refused = await attempt(JUDGE.email, "still wrong password");
    expect(refused.status).toBe(401); // another account is not slowed by guesses at this one
    const waits: number[] = [];
    for (let i = 0; i < 4; i++) {
      const tooSoon = await attempt(victim, "guess after a wait");
      expect(tooSoon.status).toBe(429);
      const wait = Number(tooSoon.headers.get("retry-after"));
      waits.push(wait);
      vi.setSystemTime(Date.now() + wait * 1000);
      expect((await attempt(victim, "guess after a wait")).status).toBe(401);
    }
    // Each wait twice the last: a delay, never a lock.
    expect(waits).toEqual([5, 10, 20, 40]);
  });

  it("the right password is refused too while the account waits, then accepted", async () => {
    for (let i = 0; i < 6; i++) await attempt(JUDGE.email, `wrong guess ${i}`);
    const early = await attempt(JUDGE.email, JUDGE.password);
    expect(early.status).toBe(429);
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 60 * 60 * 1000 });
    expect((await attempt(JUDGE.email, JUDGE.password)).status).toBe(200);
  });

  it("guesses from elsewhere never lock out the judge's own browser (it signed in before: device cookie)", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 2 * 60 * 60 * 1000 });
    const signedIn = await attempt(JUDGE.email, JUDGE.password, { address: "192.0.2.10" });
    expect(signedIn.status).toBe(200);
    const device = cookiesOf(signedIn)
      .split("; ")
      .filter((c) => c.startsWith("chambers_device="))
      .join("; ");
    expect(device).not.toBe("");
    for (let i = 0; i < 20; i++) await attempt(JUDGE.email, `attacker guess ${i}`);
    expect((await attempt(JUDGE.email, JUDGE.password)).status).toBe(429);
    // The judge, from their own browser: in at once.
    expect((await attempt(JUDGE.email, JUDGE.password, { address: "192.0.2.10", cookie: device })).status).toBe(200);
    // A device cookie is for the account it signed in to, and cannot be forged.
    // Another device id under the same signature (the signature's last character can carry only padding bits).
    const tampered = device.replace(/=(.)/, (_, c: string) => `=${c === "A" ? "B" : "A"}`);
    expect((await attempt(JUDGE.email, JUDGE.password, { cookie: tampered })).status).toBe(429);
    for (let i = 0; i < 6; i++) await attempt("clerk@limits.example", `attacker guess ${i}`);
    expect((await attempt("clerk@limits.example", "a guess", { cookie: device })).status).toBe(429);
  });
});
