import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";

/**
 * After the first chambers exists, more are created only with the court administrator's
 * CHAMBERS_SETUP_TOKEN (unset: no more chambers can be created through the app).
 */
export function isValidSetupToken(
  presented: string | undefined,
  env: Readonly<Record<string, string | undefined>> = process.env,
): boolean {
  const expected = env.CHAMBERS_SETUP_TOKEN;
  if (!expected || !presented) return false;
  // Hash both so the comparison is constant-time whatever the lengths.
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(presented), digest(expected));
}
