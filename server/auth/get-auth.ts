import "server-only";
import { getDb } from "@/server/db/client";
import { authSecret } from "./auth-secret";
import { createAuth, type Auth, type AuthSettings } from "./create-auth";

const globalForAuth = globalThis as unknown as { __chambersAuth?: Promise<Auth> | undefined };

/**
 * Auth settings from the environment: BETTER_AUTH_URL (default http://localhost:$PORT, with
 * 127.0.0.1 trusted too), BETTER_AUTH_SECRET (or a generated one, see authSecret),
 * TRUSTED_ORIGINS (comma-separated) and AUTH_SIGN_IN_MAX (sign-in attempts per IP per minute).
 */
export function authSettingsFromEnv(env: Readonly<Record<string, string | undefined>> = process.env): AuthSettings {
  const [baseURL, ...trustedOrigins] = appOrigins(env);
  const signInMax = Number(env.AUTH_SIGN_IN_MAX);
  return {
    baseURL: baseURL!,
    secret: authSecret(env),
    trustedOrigins,
    ...(Number.isInteger(signInMax) && signInMax > 0 ? { signInLimit: { window: 60, max: signInMax } } : {}),
  };
}

/** The origins this app answers on: its base URL first, then the trusted others. */
export function appOrigins(env: Readonly<Record<string, string | undefined>> = process.env): string[] {
  const port = env.PORT ?? "3000";
  return [
    env.BETTER_AUTH_URL ?? `http://localhost:${port}`,
    ...(env.BETTER_AUTH_URL ? [] : [`http://127.0.0.1:${port}`]),
    ...(env.TRUSTED_ORIGINS ?? "")
      .split(",")
      .map((o) => o.trim())
      .filter(Boolean),
  ];
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
