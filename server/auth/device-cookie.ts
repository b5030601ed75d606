import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * A browser that has signed in to an account carries a signed "device" cookie for that account
 * (OWASP's device cookies against lockout): its sign-in attempts count apart from everyone
 * else's, so guesses at a judge's account from elsewhere never make the judge's own browser wait.
 * The cookie names a random device id and the account (a hash of the email), signed with the auth
 * secret; it grants nothing but that separate count.
 */
export const DEVICE_COOKIE = "chambers_device";

/** A year: the device stays known between sessions. */
export const DEVICE_COOKIE_MAX_AGE_S = 365 * 24 * 60 * 60;

/** The normalized email's SHA-256, base64url: how throttle keys and device cookies name an account. */
export const accountTag = (email: string): string =>
  createHash("sha256").update(email.trim().toLowerCase()).digest("base64url");

const mac = (secret: string, payload: string): Buffer =>
  createHmac("sha256", secret).update(`chambers-device:${payload}`).digest();

/** A new device cookie value for the account with this email. */
export function newDeviceToken(secret: string, email: string): string {
  const payload = `${randomBytes(16).toString("base64url")}.${accountTag(email)}`;
  return `${payload}.${mac(secret, payload).toString("base64url")}`;
}

/** The device id in `token` if it is genuine and for this email; undefined otherwise. */
export function deviceIdFor(secret: string, token: string | null | undefined, email: string): string | undefined {
  if (!token || token.length > 200) return undefined;
  const [id, tag, signature] = token.split(".");
  if (!id || !tag || !signature || tag !== accountTag(email)) return undefined;
  const expected = mac(secret, `${id}.${tag}`);
  const given = Buffer.from(signature, "base64url");
  return given.length === expected.length && timingSafeEqual(given, expected) ? id : undefined;
}
