/**
 * CSRF defence for cookie-authenticated writes: browsers send `Origin` on every non-GET request,
 * so a write is accepted only when it names this app's own origin (the host the browser asked
 * for, or a trusted origin). SameSite=Lax session cookies are the second layer.
 */
export function isSameOrigin(request: Request, trustedOrigins: readonly string[] = []): boolean {
  const origin = request.headers.get("origin");
  if (!origin || origin === "null") return false;
  if (trustedOrigins.includes(origin)) return true;
  try {
    // The Host header is what the browser asked for; request.url may name the server's own bind address.
    const host = request.headers.get("host") ?? new URL(request.url).host;
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
