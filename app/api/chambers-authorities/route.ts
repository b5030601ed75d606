import { ChambersAuthorityListResponseSchema, ChambersAuthorityResponseSchema } from "@/lib/api/responses";
import { jsonResponse } from "@/server/http/json-response";
import { addChambersAuthority, listChambersAuthorities } from "@/server/cite-check/chambers-authorities";
import { apiRoute } from "@/server/http/api-route";
import { MAX_SMALL_BODY_BYTES } from "@/server/http/limits";
import { problemResponse } from "@/server/http/problem-response";
import { readJsonBody } from "@/server/http/read-json-body";

export const runtime = "nodejs";

/** Signed-in members only. GET → `{ authorities: [{ id, input, verifiedBy }] }`: the chambers' own library. */
export const GET = apiRoute("GET /api/chambers-authorities", async ({ actor, db }) => {
  const entries = await listChambersAuthorities(db, actor);
  return jsonResponse(ChambersAuthorityListResponseSchema, {
    authorities: entries.map(({ id, input, verifiedBy }) => ({ id, input, verifiedBy })),
  });
});

/**
 * Signed-in members only. POST a ChambersAuthorityInput → 201 `{ authority: { id, input, verifiedBy } }`,
 * the signed-in member recorded as who verified it; 400 with each wrong field named; 413 over the small-body limit.
 */
export const POST = apiRoute("POST /api/chambers-authorities", async ({ request, actor, db }) => {
  const body = await readJsonBody(request, MAX_SMALL_BODY_BYTES);
  if (!body.ok) return problemResponse(body.code);
  const added = await addChambersAuthority(db, actor, body.json);
  if (!added.ok) return problemResponse("invalid-body", added.issues);
  const { id, input, verifiedBy } = added.value;
  return jsonResponse(ChambersAuthorityResponseSchema, { authority: { id, input, verifiedBy } }, { status: 201 });
});
