import { getAuth } from "@/server/auth/get-auth";
import { isOpenAuthPath } from "@/server/auth/auth-paths";
import { isJsonContentType } from "@/server/http/content-type";
import { MAX_SMALL_BODY_BYTES } from "@/server/http/limits";
import { problemResponse } from "@/server/http/problem-response";
import { readBodyBytes } from "@/server/http/read-json-body";

export const runtime = "nodejs";

/** better-auth's endpoints the app uses (sign-in, sign-out, session; AUTH_PATHS), rate-limited and origin-checked by better-auth. */
async function handleGet(request: Request): Promise<Response> {
  if (!isOpenAuthPath(new URL(request.url).pathname)) return problemResponse("not-found");
  const auth = await getAuth();
  return auth.handler(request);
}

/** The same, JSON only (415 otherwise), with the body held to the small-body limit first (better-auth reads whatever it is sent). */
async function handlePost(request: Request): Promise<Response> {
  if (!isOpenAuthPath(new URL(request.url).pathname)) return problemResponse("not-found");
  if (!isJsonContentType(request.headers.get("content-type"))) return problemResponse("unsupported-media-type");
  const body = await readBodyBytes(request, MAX_SMALL_BODY_BYTES);
  if (!body.ok) return problemResponse("too-large");
  const auth = await getAuth();
  return auth.handler(new Request(request, { body: body.bytes }));
}

export { handleGet as GET, handlePost as POST };
