import { SetupResponseSchema } from "@/lib/api/responses";
import { SetupBodySchema } from "@/lib/api/bodies";
import { createChambersWithJudge } from "@/server/auth/create-chambers-with-judge";
import { getAuth } from "@/server/auth/get-auth";
import { isValidSetupToken } from "@/server/auth/setup-token";
import { publicWriteRoute } from "@/server/http/api-route";
import { failureResponse } from "@/server/http/failure-response";
import { jsonResponse } from "@/server/http/json-response";
import { MAX_SMALL_BODY_BYTES } from "@/server/http/limits";
import { parseBody } from "@/server/http/parse-body";
import { problemResponse } from "@/server/http/problem-response";

export const runtime = "nodejs";

/** Creates a chambers and its judge's account: on first run, or later with the court's setup token. */
export const POST = publicWriteRoute("POST /api/setup", async (request, db) => {
  const body = await parseBody(request, SetupBodySchema, MAX_SMALL_BODY_BYTES);
  if (!body.ok) return body.response;
  const { setupToken, ...setup } = body.value;
  // A wrong token is said to be wrong (it once read "Someone else changed this first").
  if (setupToken !== undefined && !isValidSetupToken(setupToken)) return problemResponse("invalid-setup-token");
  const created = await createChambersWithJudge(db, await getAuth(), setup, {
    allowAdditional: setupToken !== undefined,
  });
  if (!created.ok && created.code === "conflict" && created.reason === "already-set-up")
    return problemResponse("already-set-up", undefined, { reason: created.reason });
  if (!created.ok) return failureResponse(created);
  return jsonResponse(SetupResponseSchema, { chambersId: created.value.chambersId }, { status: 201 });
});
