/**
 * A signed-in judge with drafts, on a fresh app: first-run setup, sign-in, and one draft per
 * seed order, all through the HTTP API as the browser would call it (writes name the origin).
 */
import type { BenchOrder } from "./orders";
import { DraftWithVersionResponseSchema } from "@/lib/api/responses";

const JUDGE = {
  chambersName: "Chambers of the Bench",
  judgeName: "Bench Judge",
  email: "judge@bench.example",
  password: "bench-password-123",
};

export type BenchSession = { origin: string; cookie: string; drafts: { name: string; id: string }[] };

async function post(origin: string, path: string, body: unknown, cookie?: string): Promise<Response> {
  const response = await fetch(`${origin}${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Origin: origin, ...(cookie ? { Cookie: cookie } : {}) },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
  return response;
}

/** The `name=value` pairs of the response's cookies, as a Cookie header. */
function cookieHeader(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0]!)
    .join("; ");
}

/** Sets up the chambers, signs its judge in, and creates a draft from each order. */
export async function benchSession(origin: string, orders: BenchOrder[]): Promise<BenchSession> {
  await post(origin, "/api/setup", JUDGE);
  const signedIn = await post(origin, "/api/auth/sign-in/email", { email: JUDGE.email, password: JUDGE.password });
  const cookie = cookieHeader(signedIn);
  if (!cookie.includes("session_token")) throw new Error(`Sign-in set no session cookie: ${cookie}`);
  const drafts: BenchSession["drafts"] = [];
  for (const order of orders) {
    const created = DraftWithVersionResponseSchema.parse(
      await (await post(origin, "/api/drafts", { data: order.draft }, cookie)).json(),
    );
    drafts.push({ name: order.name, id: created.draft.id });
  }
  return { origin, cookie, drafts };
}
