import { CiteCheckBodySchema } from "@/lib/api/bodies";
import { CiteCheckResponseSchema } from "@/lib/api/responses";
import { jsonResponse } from "@/server/http/json-response";
import { checkForActor } from "@/server/cite-check/check-for-actor";
import { apiRoute } from "@/server/http/api-route";
import { MAX_CITE_CHECK_TEXT_BYTES } from "@/server/http/limits";
import { parseBody } from "@/server/http/parse-body";

export const runtime = "nodejs";

/**
 * Signed-in members only. POST `{ text, wholeDocument? }` → `{ citations, findings }`
 * (CiteCheckResultSchema): every citation in the text checked against the built-in library and the
 * chambers' own. 400 with the field named for a bad body, 413 over MAX_CITE_CHECK_TEXT_BYTES.
 */
export const POST = apiRoute("POST /api/cite-check", async ({ request, actor, db }) => {
  const body = await parseBody(request, CiteCheckBodySchema, MAX_CITE_CHECK_TEXT_BYTES);
  if (!body.ok) return body.response;
  const result = await checkForActor(db, actor, body.value.text, {
    ...(body.value.wholeDocument === false ? { wholeDocument: false } : {}),
  });
  return jsonResponse(CiteCheckResponseSchema, result);
});
