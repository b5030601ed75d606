import "server-only";
import type { BetterAuthPlugin } from "better-auth";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { eq, sql } from "drizzle-orm";
import { signInThrottle } from "@/server/db/schema";
import type { Db } from "@/server/db/types";
import { accountTag, DEVICE_COOKIE, DEVICE_COOKIE_MAX_AGE_S, deviceIdFor, newDeviceToken } from "./device-cookie";

/**
 * Growing waits after failed sign-ins to one account, whatever address they come from (the
 * per-address limit is better-auth's own rate limiter). The first FREE_ATTEMPTS attempts since the
 * last success are free; after that each attempt must wait FIRST_WAIT_MS, then twice that, and so
 * on up to MAX_WAIT_MS. Never a lock: the wait ends, and a browser that has signed in to the
 * account before (device cookie) has a count of its own, so an attacker cannot keep its owner out.
 * Every attempt is counted before the password is checked (one atomic upsert), so parallel guesses
 * cannot slip past the count; a success clears the count it was made under.
 */
export const FREE_ATTEMPTS = 5;
export const FIRST_WAIT_MS = 5_000;
export const MAX_WAIT_MS = 15 * 60 * 1000;
/** A day without attempts starts the count afresh. */
const FORGET_AFTER_MS = 24 * 60 * 60 * 1000;

/** The wait after `failures` counted attempts. */
export function waitAfter(failures: number): number {
  return failures < FREE_ATTEMPTS ? 0 : Math.min(MAX_WAIT_MS, FIRST_WAIT_MS * 2 ** (failures - FREE_ATTEMPTS));
}

/** Counts one attempt under `key`, unless it comes too soon: then how long to wait, in ms. */
async function countAttempt(
  db: Db,
  key: string,
  now: number,
): Promise<{ allowed: true } | { allowed: false; waitMs: number }> {
  const t = signInThrottle;
  const forgotten = sql`${now} - ${t.lastAttemptAt} >= ${FORGET_AFTER_MS}`;
  const [counted] = await db
    .insert(t)
    .values({ key, failures: 1, lastAttemptAt: now })
    .onConflictDoUpdate({
      target: t.key,
      set: { failures: sql`case when ${forgotten} then 1 else ${t.failures} + 1 end`, lastAttemptAt: now },
      setWhere: sql`${t.failures} < ${FREE_ATTEMPTS} or ${forgotten} or ${now} >= ${t.lastAttemptAt} + least(${MAX_WAIT_MS}::bigint, ${FIRST_WAIT_MS}::bigint * power(2, ${t.failures} - ${FREE_ATTEMPTS})::bigint)`,
    })
    .returning({ failures: t.failures });
  if (counted) return { allowed: true };
  const [row] = await db.select().from(t).where(eq(t.key, key));
  const waitMs = row ? row.lastAttemptAt + waitAfter(row.failures) - now : FIRST_WAIT_MS;
  return { allowed: false, waitMs: Math.max(1000, waitMs) };
}

/** The throttle key of an attempt: the trusted browser's own, or the account's shared one. */
function keyFor(secret: string, email: string, deviceCookie: string | null): string {
  const device = deviceIdFor(secret, deviceCookie, email);
  return device ? `device:${device}` : `account:${accountTag(email)}`;
}

const isSignIn = (context: { path?: string }) => context.path === "/sign-in/email";

/** The plugin: before sign-in, count the attempt or refuse it (429, Retry-After); after a success, clear the count and mark the browser. */
export function signInThrottlePlugin(db: Db, options: { secure: boolean }): BetterAuthPlugin {
  return {
    id: "chambers-sign-in-throttle",
    hooks: {
      before: [
        {
          matcher: isSignIn,
          handler: createAuthMiddleware(async (ctx) => {
            const email = typeof ctx.body?.email === "string" ? ctx.body.email : "";
            const key = keyFor(ctx.context.secret, email, ctx.getCookie(DEVICE_COOKIE));
            const now = Date.now();
            const counted = await countAttempt(db, key, now);
            if (!counted.allowed) {
              const seconds = Math.ceil(counted.waitMs / 1000);
              throw new APIError(
                "TOO_MANY_REQUESTS",
                {
                  message: "Too many sign-in attempts.",
                  code: "SIGN_IN_WAIT",
                  retryAfter: seconds,
                },
                { "Retry-After": String(seconds) },
              );
            }
          }),
        },
      ],
      after: [
        {
          matcher: isSignIn,
          handler: createAuthMiddleware(async (ctx) => {
            if (!ctx.context.newSession) return;
            const email = ctx.context.newSession.user.email;
            const key = keyFor(ctx.context.secret, email, ctx.getCookie(DEVICE_COOKIE));
            const now = Date.now();
            await db
              .delete(signInThrottle)
              .where(sql`${signInThrottle.key} = ${key} or ${signInThrottle.lastAttemptAt} < ${now - FORGET_AFTER_MS}`);
            ctx.setCookie(DEVICE_COOKIE, newDeviceToken(ctx.context.secret, email), {
              httpOnly: true,
              sameSite: "lax",
              secure: options.secure,
              path: "/api/auth",
              maxAge: DEVICE_COOKIE_MAX_AGE_S,
            });
          }),
        },
      ],
    },
  };
}
