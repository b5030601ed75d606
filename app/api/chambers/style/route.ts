import { ChambersStyleBodySchema } from "@/lib/api/bodies";
import { ChambersStyleResponseSchema } from "@/lib/api/responses";
import { getChambersStyle, saveChambersStyle } from "@/server/chambers/chambers-style";
import { apiRoute } from "@/server/http/api-route";
import { failureResponse } from "@/server/http/failure-response";
import { jsonResponse } from "@/server/http/json-response";
import { MAX_SMALL_BODY_BYTES } from "@/server/http/limits";
import { parseBody } from "@/server/http/parse-body";

export const runtime = "nodejs";

/** Signed-in members only. GET → `{ style }`: how the chambers' orders look where they depart from the district's. */
export const GET = apiRoute("GET /api/chambers/style", async ({ actor, db }) =>
  jsonResponse(ChambersStyleResponseSchema, { style: await getChambersStyle(db, actor.chambersId) }),
);

/**
 * The judge or the chambers administrator sets how the chambers' orders look (drafts started
 * afterwards begin from it): 400 with each wrong or unknown field named, 403 for any other role.
 */
export const PUT = apiRoute("PUT /api/chambers/style", async ({ request, actor, db }) => {
  const body = await parseBody(request, ChambersStyleBodySchema, MAX_SMALL_BODY_BYTES, { namesUnknownFields: true });
  if (!body.ok) return body.response;
  const saved = await saveChambersStyle(db, actor, body.value.style);
  return saved.ok ? jsonResponse(ChambersStyleResponseSchema, { style: saved.value }) : failureResponse(saved);
});
