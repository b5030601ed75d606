import "server-only";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * The secret that signs session cookies: BETTER_AUTH_SECRET, or else one generated on first start
 * and kept in ./data/auth-secret (git-ignored, owner-only), so `npm start` needs no set-up.
 */
export function authSecret(
  env: Readonly<Record<string, string | undefined>> = process.env,
  dataDir = path.join(process.cwd(), "data"),
): string {
  if (env.BETTER_AUTH_SECRET) {
    if (env.BETTER_AUTH_SECRET.length < 32) throw new Error("Set BETTER_AUTH_SECRET to at least 32 random characters");
    return env.BETTER_AUTH_SECRET;
  }
  const file = path.join(dataDir, "auth-secret");
  const existing = readSecret(file);
  if (existing) return existing;
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  try {
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
  } catch (error) {
    // Another process wrote it first: use theirs.
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  const written = readSecret(file);
  if (!written) throw new Error(`Could not read the generated secret in ${file}`);
  return written;
}

function readSecret(file: string): string | undefined {
  try {
    const text = readFileSync(file, "utf8").trim();
    return text.length >= 32 ? text : undefined;
  } catch {
    return undefined;
  }
}
