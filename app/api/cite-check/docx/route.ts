import { CiteCheckDocxBodySchema } from "@/lib/api/bodies";
import { commentedDocx } from "@/server/cite-check/commented-docx";
import { checkForActor } from "@/server/cite-check/check-for-actor";
import { apiRoute } from "@/server/http/api-route";
import { attachmentHeaders } from "@/server/http/attachment-headers";
import { DOCX_TYPE } from "@/server/http/docx-type";
import { MAX_CITE_CHECK_TEXT_BYTES } from "@/server/http/limits";
import { parseBody } from "@/server/http/parse-body";

export const runtime = "nodejs";

/**
 * Signed-in members only. POST `{ text }` → the text as a Word file with each finding as a Word
 * comment on its citation (author "Citation check"). 400 for a bad body, 413 over the limit.
 */
export const POST = apiRoute("POST /api/cite-check/docx", async ({ request, actor, db }) => {
  const body = await parseBody(request, CiteCheckDocxBodySchema, MAX_CITE_CHECK_TEXT_BYTES);
  if (!body.ok) return body.response;
  const { findings } = await checkForActor(db, actor, body.value.text);
  const bytes = await commentedDocx(body.value.text, findings, new Date());
  return new Response(new Uint8Array(bytes), { headers: attachmentHeaders("cite-check.docx", DOCX_TYPE) });
});
