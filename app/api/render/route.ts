import { toDraftIssues } from "@/lib/motion/parse-draft";
import { MotionDraftSchema } from "@/lib/motion/schema";
import { draftOrder } from "@/lib/order/draft-order";
import { orderFlagComments } from "@/lib/cite-check/order-flag-comments";
import { renderDocxWithComments } from "@/lib/review";
import { docxFileName } from "@/lib/wizard/docx-file-name";
import { attachmentHeaders } from "@/server/http/attachment-headers";
import { DOCX_TYPE } from "@/server/http/docx-type";
import { MAX_DRAFT_BODY_BYTES } from "@/server/http/limits";
import { notReadyResponse } from "@/server/http/not-ready-response";
import { problemResponse } from "@/server/http/problem-response";
import { readJsonBody } from "@/server/http/read-json-body";
import { unknownFields } from "@/server/http/unknown-fields";
import { apiRoute } from "@/server/http/api-route";
import { log } from "@/server/log";

export const runtime = "nodejs";

/**
 * Signed-in members only (the draft is confidential even in transit). POST a draft (MotionDraft JSON) → the order as a Word file. 400 malformed JSON, 413 over MAX_DRAFT_BODY_BYTES,
 * `{ issues: [{ path, message }] }` with 400 for a draft that fails the schema, 422 for one not ready.
 */
export const POST = apiRoute("POST /api/render", async ({ request }) => {
  const body = await readJsonBody(request, MAX_DRAFT_BODY_BYTES);
  if (!body.ok) return problemResponse(body.code);
  const parsed = MotionDraftSchema.safeParse(body.json);
  if (!parsed.success) return problemResponse("invalid-draft", toDraftIssues(parsed.error));
  // A field the schema does not know is named, not dropped: what is rendered is what was sent.
  const unknown = unknownFields(body.json, parsed.data);
  if (unknown.length > 0) return problemResponse("invalid-draft", unknown);
  const notReady = notReadyResponse(parsed.data);
  if (notReady) return notReady;

  const started = performance.now();
  // A programmer error in the pipeline (an unknown authority, a template variable) is logged by apiRoute, which says little.
  const { doc, style } = draftOrder(parsed.data);
  // The clerk's download: each citation flag (unverified pin, as-cited authority, …) as a Word comment.
  const bytes = await renderDocxWithComments(doc, style, orderFlagComments(doc, new Date()));
  log.info(
    { route: "POST /api/render", status: 200, bytes: bytes.byteLength, ms: Math.round(performance.now() - started) },
    "rendered",
  );
  return new Response(new Uint8Array(bytes), { headers: attachmentHeaders(docxFileName(doc), DOCX_TYPE) });
});
