import { callApi } from "@/components/api/api-client";
import { API } from "@/lib/api/endpoints";

/** Signs in through better-auth (it sets the session cookie); the error says what went wrong without revealing which part. */
export async function signIn(email: string, password: string): Promise<{ ok: true } | { ok: false; error: string }> {
  const result = await callApi(API.signIn(), { email, password });
  if (result.ok) return { ok: true };
  if (result.status === 429) {
    // The account's growing wait says how long; the per-address limit is at most a minute.
    const seconds = result.retryAfter;
    return {
      ok: false,
      error:
        typeof seconds === "number"
          ? `Too many sign-in attempts. Try again in ${waitInWords(seconds)}.`
          : "Too many sign-in attempts. Wait a minute, then try again.",
    };
  }
  if (result.status === 401) return { ok: false, error: "That email and password do not match an account." };
  return { ok: false, error: result.error };
}

/** "1 second", "40 seconds", "2 minutes". */
export function waitInWords(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  if (seconds >= 90) return `${minutes} minutes`;
  return `${seconds} second${seconds === 1 ? "" : "s"}`;
}

/**
 * After the session cookie changes, a whole page load rather than client navigation: every server
 * component and the router's cached pages must be drawn again for the new session (or none).
 */
export function loadAfterSessionChange(path: string): void {
  window.location.assign(path);
}

/** Only a path inside this app may be a place to return to after sign-in. */
export function safeReturnPath(next: string | undefined): string {
  return next && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/drafts";
}
