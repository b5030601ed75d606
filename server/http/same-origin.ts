/**
 * CSRF defence for cookie-authenticated writes: browsers send `Origin` on every non-GET request,
 * so a write is accepted only when its whole origin (scheme, host, port; no user-info) is one of
 * the app's configured origins (BETTER_AUTH_URL and TRUSTED_ORIGINS). The Host header is never
 * consulted: a client chooses it. SameSite=Lax session cookies are the second layer.
 */
export function isSameOrigin(request: Request, appOrigins: readonly string[]): boolean {
  const origin = request.headers.get("origin");
  if (!origin || origin === "null") return false;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  if (parsed.username || parsed.password || parsed.origin !== origin) return false;
  return appOrigins.some((allowed) => {
    try {
      return new URL(allowed).origin === origin;
    } catch {
      return false;
    }
  });
}
