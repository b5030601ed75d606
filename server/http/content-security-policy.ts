/** The request header Next.js reads the per-request nonce from (it also parses the CSP header itself). */
export const NONCE_HEADER = "x-nonce";

/** A fresh, unguessable nonce: 16 random bytes, base64. Works in Node and in the edge runtime. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The Content-Security-Policy of every page. Scripts run only with this response's nonce (Next.js
 * puts it on its own scripts) and what those scripts load ('strict-dynamic'); no inline script,
 * no eval outside `next dev` (React's dev tooling needs it there, and the dev overlay inline styles).
 *
 * Styles: stylesheets and <style> elements need 'self' or the nonce. Inline style *attributes*
 * are allowed (`style-src-attr 'unsafe-inline'`) because the order preview (lib/render/html) sets
 * the page geometry of the printed order with React `style={…}` props, and those arrive as
 * `style="…"` in server-rendered HTML, which a nonce cannot cover. A style attribute cannot run
 * script, and img-src/connect-src keep it from loading anything from another origin.
 */
export function contentSecurityPolicy({ nonce, isDev = false }: { nonce: string; isDev?: boolean }): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(isDev ? ["'unsafe-eval'"] : [])],
    // `next dev` injects its overlay's <style> elements without the nonce.
    "style-src": isDev ? ["'self'", "'unsafe-inline'"] : ["'self'", `'nonce-${nonce}'`],
    "style-src-elem": isDev ? ["'self'", "'unsafe-inline'"] : ["'self'", `'nonce-${nonce}'`],
    "style-src-attr": ["'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}

/**
 * The headers every response carries (pages, API routes, static files), set in next.config.ts.
 * Referrer-Policy `same-origin`: no Referer at all to other sites (draft URLs and the chambers'
 * host name stay inside), while same-origin form posts keep their `Origin` header, which
 * `no-referrer` would turn into `Origin: null` and so fail the CSRF origin checks.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "same-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
  "Cross-Origin-Opener-Policy": "same-origin",
  // A confidential app: no page, file or answer of it belongs in a search index.
  "X-Robots-Tag": "noindex, nofollow, noarchive",
};

/** API responses are data, never documents: a policy that lets nothing load or frame them. */
export const API_CONTENT_SECURITY_POLICY =
  "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
