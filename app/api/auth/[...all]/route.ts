import { getAuth } from "@/server/auth/get-auth";

export const runtime = "nodejs";

/** better-auth's endpoints (sign-in, sign-out, session), rate-limited and origin-checked by better-auth. */
async function handle(request: Request): Promise<Response> {
  const auth = await getAuth();
  return auth.handler(request);
}

export { handle as GET, handle as POST };
