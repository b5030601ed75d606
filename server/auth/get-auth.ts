import "server-only";
import { z } from "zod";
import { getDb } from "@/server/db/client";
import { authSecret } from "./auth-secret";
import { createAuth, type Auth, type AuthSettings } from "./create-auth";

const globalForAuth = globalThis as unknown as { __chambersAuth?: Promise<Auth> | undefined };

/**
 * Auth settings from the environment: BETTER_AUTH_URL (default http://localhost:$PORT, with
 * 127.0.0.1 trusted too), BETTER_AUTH_SECRET (or a generated one, see authSecret),
 * TRUSTED_ORIGINS (comma-separated), AUTH_SIGN_IN_MAX (sign-in attempts per address per minute)
 * and TRUSTED_PROXIES (comma-separated addresses or CIDR ranges; none by default).
 */
export function authSettingsFromEnv(env: Readonly<Record<string, string | undefined>> = process.env): AuthSettings {
  const [baseURL, ...trustedOrigins] = appOrigins(env);
  const signInMax = Number(env.AUTH_SIGN_IN_MAX);
  return {
    baseURL: baseURL!,
    secret: authSecret(env),
    trustedOrigins,
    trustedProxies: trustedProxies(env.TRUSTED_PROXIES),
    ...(Number.isInteger(signInMax) && signInMax > 0 ? { signInLimit: { window: 60, max: signInMax } } : {}),
  };
}

/** The origins this app answers on: its base URL first, then the trusted others. */
export function appOrigins(env: Readonly<Record<string, string | undefined>> = process.env): string[] {
  const port = env.PORT ?? "3000";
  return [
    env.BETTER_AUTH_URL ?? `http://localhost:${port}`,
    ...(env.BETTER_AUTH_URL ? [] : [`http://127.0.0.1:${port}`]),
    ...commaList(env.TRUSTED_ORIGINS),
  ];
}

const ProxySchema = z.union([z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6()]);

/** TRUSTED_PROXIES as a list of addresses or CIDR ranges; an entry that is neither stops the start (it would be ignored). */
function trustedProxies(value: string | undefined): string[] {
  const entries = commaList(value);
  const invalid = entries.filter((entry) => !ProxySchema.safeParse(entry).success);
  if (invalid.length > 0) throw new Error(`TRUSTED_PROXIES: not an address or CIDR range: ${invalid.join(", ")}`);
  return entries;
}

/** A comma-separated setting as a list (unset or empty: none). */
function commaList(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);
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
