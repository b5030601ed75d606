import "server-only";
import { getDb } from "@/server/db/client";
import { createAuth, type Auth, type AuthSettings } from "./create-auth";

const globalForAuth = globalThis as unknown as { __chambersAuth?: Promise<Auth> };

/** Auth settings from BETTER_AUTH_URL, BETTER_AUTH_SECRET and TRUSTED_ORIGINS (comma-separated). */
export function authSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): AuthSettings {
  const secret = env.BETTER_AUTH_SECRET;
  if (!secret || secret.length < 32) throw new Error("Set BETTER_AUTH_SECRET to at least 32 random characters");
  return {
    baseURL: env.BETTER_AUTH_URL ?? "http://localhost:3000",
    secret,
    trustedOrigins: (env.TRUSTED_ORIGINS ?? "").split(",").map((o) => o.trim()).filter(Boolean),
  };
}

/** The app's better-auth instance, built on first use over getDb() (nothing opens at import). */
export function getAuth(): Promise<Auth> {
  globalForAuth.__chambersAuth ??= getDb()
    .then((db) => createAuth(db, authSettingsFromEnv()))
    .catch((error: unknown) => {
      globalForAuth.__chambersAuth = undefined;
      throw error;
    });
  return globalForAuth.__chambersAuth;
}
