import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { TEST_BACKENDS, useTestDb } from "@/server/db/testing";
import { createAuth, type Auth } from "./create-auth";
import { createChambersWithJudge } from "./create-chambers-with-judge";
import { getActor } from "./get-actor";

vi.mock("server-only", () => ({}));

const BASE = "http://localhost:3000";
const JUDGE = { email: "judge@sessions.example", password: "a long judge passphrase 9" };
const HOUR = 60 * 60 * 1000;

const cookieOf = (response: Response): string =>
  response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");

describe.each(TEST_BACKENDS)("sessions on $name", (backend) => {
  const db = useTestDb(backend, { beforeAll, afterAll });
  let auth: Auth;
  beforeAll(async () => {
    auth = createAuth(db(), { baseURL: BASE, secret: "test-secret-test-secret-test-secret-0123" });
    const setup = await createChambersWithJudge(db(), auth, { chambersName: "S", judgeName: "Hon. S", ...JUDGE });
    if (!setup.ok) throw new Error("setup failed");
  });
  afterEach(() => vi.useRealTimers());

  const signIn = async () => {
    const response = await auth.handler(
      new Request(`${BASE}/api/auth/sign-in/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: BASE, "x-forwarded-for": "192.0.2.44" },
        body: JSON.stringify(JUDGE),
      }),
    );
    expect(response.status).toBe(200);
    return cookieOf(response);
  };
  const actorWith = (cookie: string) => getActor(new Headers({ cookie }), { db: db(), auth });

  it("a cookie replayed after sign-out reads and writes nothing, at once", async () => {
    const cookie = await signIn();
    expect(await actorWith(cookie)).not.toBeNull();
    const signedOut = await auth.handler(
      new Request(`${BASE}/api/auth/sign-out`, { method: "POST", headers: { cookie, origin: BASE } }),
    );
    expect(signedOut.status).toBe(200);
    expect(await actorWith(cookie)).toBeNull();
  });

  it("a session revoked elsewhere (offboarding) ends at once", async () => {
    const cookie = await signIn();
    expect(await actorWith(cookie)).not.toBeNull();
    const session = await auth.api.getSession({ headers: new Headers({ cookie }) });
    await (await auth.$context).internalAdapter.deleteUserSessions(session!.user.id);
    expect(await actorWith(cookie)).toBeNull();
  });

  it("lasts 12 hours from sign-in however busy: no sliding past that", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() });
    const cookie = await signIn();
    for (let hour = 1; hour <= 11; hour++) {
      vi.setSystemTime(Date.now() + HOUR);
      expect(await actorWith(cookie), `hour ${hour}`).not.toBeNull();
    }
    vi.setSystemTime(Date.now() + HOUR + 60_000);
    expect(await actorWith(cookie)).toBeNull();
  });
});
