import "server-only";
import type { Actor } from "@/server/auth/actor";
import { getActor } from "@/server/auth/get-actor";
import { appOrigins, getAuth } from "@/server/auth/get-auth";
import { getDb } from "@/server/db/client";
import type { Db } from "@/server/db/types";
import { logError } from "@/server/log";
import { bodyTypeRefusal, type BodyKind } from "./content-type";
import { LARGEST_BODY_BYTES } from "./limits";
import { problemResponse } from "./problem-response";
import { isSameOrigin } from "./same-origin";

/** What a signed-in API handler gets. */
export type ApiContext<P> = { request: Request; actor: Actor; db: Db; params: P };

type RouteHandler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;

/**
 * Wraps a route handler: same-origin check on writes (CSRF), the signed-in actor (401 if none),
 * and one catch that logs the error server-side and answers a bare 500. `body: "file"` for the one
 * route whose writes carry a file rather than JSON (see bodyTypeRefusal).
 */
export function apiRoute<P = Record<string, never>>(
  name: string,
  handler: (context: ApiContext<P>) => Promise<Response>,
  { body = "json" }: { body?: BodyKind } = {},
): RouteHandler<P> {
  return async (request, context) => {
    try {
      const isWrite = request.method !== "GET" && request.method !== "HEAD";
      if (isWrite && !isSameOrigin(request, appOrigins())) return problemResponse("cross-site");
      const refused = isWrite ? refuseBody(request, body) : undefined;
      if (refused) return refused;
      const [db, auth] = await Promise.all([getDb(), getAuth()]);
      const actor = await getActor(request.headers, { db, auth });
      if (!actor) return problemResponse("unauthorized");
      return await handler({ request, actor, db, params: await context.params });
    } catch (error) {
      logError(error, { route: name, method: request.method });
      return problemResponse("internal");
    }
  };
}

/**
 * Every write, whether or not its handler reads the body: a body that is not JSON (or, on a file
 * route, not a file's own type) is refused (415), and so is one declared over the largest limit
 * (413); handlers that read a body hold it to their own, smaller limit as they read (parseBody).
 */
function refuseBody(request: Request, kind: BodyKind = "json"): Response | undefined {
  const declared = Number(request.headers.get("content-length") ?? "0");
  const hasBody = declared > 0 || request.headers.has("transfer-encoding");
  const refusal = hasBody ? bodyTypeRefusal(request.headers.get("content-type"), kind) : undefined;
  if (refusal) return problemResponse(refusal);
  if (declared > LARGEST_BODY_BYTES[kind]) return problemResponse("too-large");
  return undefined;
}

/** Unauthenticated routes (setup, accepting an invitation) still refuse cross-site writes. */
export function publicWriteRoute(
  name: string,
  handler: (request: Request, db: Db) => Promise<Response>,
): (request: Request) => Promise<Response> {
  return async (request) => {
    try {
      if (!isSameOrigin(request, appOrigins())) return problemResponse("cross-site");
      const refused = refuseBody(request);
      if (refused) return refused;
      return await handler(request, await getDb());
    } catch (error) {
      logError(error, { route: name, method: request.method });
      return problemResponse("internal");
    }
  };
}
