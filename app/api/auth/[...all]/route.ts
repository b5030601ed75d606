import { getAuth } from "@/server/auth/get-auth";
import { MAX_SMALL_BODY_BYTES } from "@/server/http/limits";
import { problemResponse } from "@/server/http/problem-response";
import { readBodyBytes } from "@/server/http/read-json-body";

export const runtime = "nodejs";

/** better-auth's endpoints (sign-in, sign-out, session), rate-limited and origin-checked by better-auth. */
async function handleGet(request: Request): Promise<Response> {
  const auth = await getAuth();
  return auth.handler(request);
}

/** The same, with the body held to the small-body limit first (better-auth reads whatever it is sent). */
async function handlePost(request: Request): Promise<Response> {
  const body = await readBodyBytes(request, MAX_SMALL_BODY_BYTES);
  if (!body.ok) return problemResponse("too-large");
  const auth = await getAuth();
  return auth.handler(new Request(request, { body: body.bytes }));
}

export { handleGet as GET, handlePost as POST };
