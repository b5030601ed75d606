// @ts-check
/**
 * Which client a request comes from, for the sign-in limits (better-auth reads X-Forwarded-For).
 * Any client can send X-Forwarded-For, so the server decides it from the connection: the peer's
 * address alone, unless proxies are trusted (TRUSTED_PROXIES), in which case the incoming chain
 * with the peer appended; better-auth walks that chain from the right, skipping the trusted
 * proxies, to the first address it does not trust (a client that connects directly with a forged
 * header is its own peer, the first untrusted address from the right).
 */

/** Forwarding headers a client could forge; the server drops them unless proxies are trusted. */
export const FORWARDING_HEADERS = [
  "x-forwarded-for",
  "x-forwarded-host",
  "x-forwarded-proto",
  "x-forwarded-port",
  "x-real-ip",
];

/**
 * @param {string | undefined} peer the connection's remote address
 * @param {string | string[] | undefined} incoming the X-Forwarded-For the request arrived with
 * @param {boolean} trustsProxies whether TRUSTED_PROXIES names any proxy
 * @returns {string | undefined} the X-Forwarded-For the app should see
 */
export function forwardedFor(peer, incoming, trustsProxies) {
  if (!peer) return undefined;
  const chain = (Array.isArray(incoming) ? incoming.join(",") : (incoming ?? ""))
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  return trustsProxies && chain.length > 0 ? [...chain, peer].join(", ") : peer;
}

/**
 * Rewrites a request's forwarding headers in place: without trusted proxies every forwarding
 * header a client sent is dropped (Next.js fills in host, protocol and port from the connection),
 * and X-Forwarded-For becomes what `forwardedFor` says.
 * @param {import("node:http").IncomingMessage} request
 * @param {boolean} trustsProxies
 */
export function normalizeForwarding(request, trustsProxies) {
  const incoming = request.headers["x-forwarded-for"];
  if (!trustsProxies) for (const name of FORWARDING_HEADERS) delete request.headers[name];
  const value = forwardedFor(request.socket.remoteAddress, incoming, trustsProxies);
  if (value) request.headers["x-forwarded-for"] = value;
  else delete request.headers["x-forwarded-for"];
}

/**
 * TRUSTED_PROXIES: addresses or CIDR ranges, comma-separated (unset: none, the default).
 * @param {string | undefined} value
 * @returns {string[]}
 */
export function trustedProxiesFrom(value) {
  return (value ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
}
