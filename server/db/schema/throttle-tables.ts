import { bigint, integer, pgTable, text } from "drizzle-orm/pg-core";

/**
 * Sign-in attempts per account (and per trusted browser of an account), for growing waits after
 * repeated failures (server/auth/sign-in-throttle.ts). Keyed by a hash, never by the email itself.
 */
export const signInThrottle = pgTable("sign_in_throttle", {
  key: text("key").primaryKey(),
  /** Attempts since the last success (each attempt counts until it succeeds). */
  failures: integer("failures").notNull(),
  /** When the last counted attempt was made, in ms since the epoch. */
  lastAttemptAt: bigint("last_attempt_at", { mode: "number" }).notNull(),
});
