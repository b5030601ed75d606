import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, createNonce, NONCE_HEADER } from "@/server/http/content-security-policy";

/**
 * Headers only: a fresh nonce and Content-Security-Policy for every page. The CSP goes on the
 * request too, where Next.js reads the nonce and puts it on its scripts. Authentication is not
 * done here (pages and route handlers check the session); the static security headers are in
 * next.config.ts so that API routes and static files carry them as well.
 */
export function proxy(request: NextRequest) {
  const nonce = createNonce();
  const policy = contentSecurityPolicy({ nonce, isDev: process.env.NODE_ENV === "development" });

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(NONCE_HEADER, nonce);
  requestHeaders.set("Content-Security-Policy", policy);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: [
    {
      // Pages only: not API routes (next.config.ts gives them a deny-all CSP), static files, icons or the manifest.
      // Prefetches too: a request marked `Purpose: prefetch` can be answered with the whole page,
      // which must carry its policy like any other.
      source:
        "/((?!api/|_next/static/|_next/image|favicon\\.ico|icon\\.svg|icon-[a-z0-9-]+\\.png|apple-touch-icon\\.png|manifest\\.webmanifest).*)",
    },
  ],
};
