import "server-only";
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { nextCookies } from "better-auth/next-js";
import { account, rateLimit, session, user, verification } from "@/server/db/schema";
import type { Db } from "@/server/db/types";
import { log } from "@/server/log";
import { signInThrottlePlugin } from "./sign-in-throttle";

/** How long a session lasts from sign-in: 12 hours, a working day (README, docs/security.md). */
export const SESSION_LIFETIME_S = 12 * 60 * 60;

/** Settings that differ between the app, tests and deployments. */
export type AuthSettings = {
  /** The app's origin, e.g. "http://localhost:3000" (BETTER_AUTH_URL). */
  baseURL: string;
  /** Signs session cookies; at least 32 random characters (BETTER_AUTH_SECRET). */
  secret: string;
  /** Origins allowed to POST to the auth endpoints (CSRF); baseURL is always trusted. */
  trustedOrigins?: string[];
  /** Sign-in attempts allowed per IP per window (default 5 per 60 s). */
  signInLimit?: { window: number; max: number };
  /** Proxies (addresses or CIDR ranges) whose X-Forwarded-For names the client (TRUSTED_PROXIES; default none). */
  trustedProxies?: string[];
};

/**
 * better-auth over our drizzle database: email + password (hashed by better-auth's scrypt),
 * sessions in the `session` table, no public sign-up (accounts come from first-run setup and
 * invitations), rate limiting stored in the `rate_limit` table, and CSRF origin checks.
 */
export function createAuth(db: Db, settings: AuthSettings) {
  const signIn = settings.signInLimit ?? { window: 60, max: 5 };
  return betterAuth({
    appName: "Chambers Drafts",
    baseURL: settings.baseURL,
    basePath: "/api/auth",
    secret: settings.secret,
    trustedOrigins: [settings.baseURL, ...(settings.trustedOrigins ?? [])],
    database: drizzleAdapter(db, { provider: "pg", schema: { user, session, account, verification, rateLimit } }),
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 12, maxPasswordLength: 128 },
    session: {
      // Twelve hours from sign-in, however busy: never extended (an absolute lifetime).
      expiresIn: SESSION_LIFETIME_S,
      disableSessionRefresh: true,
      // Every request reads the session row (no signed cookie cache), so signing out, removing a
      // member or ending their sessions takes effect on the next request, for reads and writes.
      cookieCache: { enabled: false },
    },
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 100,
      customRules: { "/sign-in/email": signIn },
    },
    advanced: {
      // better-auth skips the origin (CSRF) check when NODE_ENV is "test"; keep it on everywhere.
      disableOriginCheck: false,
      // The client address (the per-address limit's key) is the X-Forwarded-For that the app's
      // server (scripts/serve.mjs) sets from the connection, with the chain a trusted proxy sent
      // before it only when TRUSTED_PROXIES names that proxy.
      ipAddress: { ipAddressHeaders: ["x-forwarded-for"], trustedProxies: settings.trustedProxies ?? [] },
    },
    // better-auth's own notices as JSON lines in the app's log: the message, and an error's name,
    // message and frames, never the other values it passes (they can hold emails or bodies).
    logger: {
      level: "warn",
      log: (level, message, ...args) => {
        const error = args.find((arg) => arg instanceof Error);
        log[level]({ source: "better-auth", ...(error ? { err: error } : {}) }, message);
      },
    },
    plugins: [signInThrottlePlugin(db, { secure: settings.baseURL.startsWith("https:") }), nextCookies()],
  });
}

/** The configured better-auth instance. */
export type Auth = ReturnType<typeof createAuth>;
