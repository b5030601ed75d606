import { toDraftIssues } from "@/lib/motion/parse-draft";
import { MotionDraftSchema } from "@/lib/motion/schema";
import { IsoDateSchema } from "@/lib/dates/iso-date";
import { draftOrder } from "@/lib/order/draft-order";
import { renderDocx } from "@/lib/render/docx";
import { readiness } from "@/lib/standards/readiness";
import { docxFileName } from "@/lib/wizard/docx-file-name";
import { attachmentHeaders } from "@/server/http/attachment-headers";
import { problemResponse } from "@/server/http/problem-response";
import { readJsonBody } from "@/server/http/read-json-body";

export const runtime = "nodejs";

const MAX_BODY_BYTES = 1024 * 1024;
const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** The server's date, for a request that does not say which day "today" is. */
const serverToday = () => new Date().toISOString().slice(0, 10);

/**
 * POST a draft (MotionDraft JSON) → the order as a Word file. `?today=YYYY-MM-DD` lets the browser
 * pass the day its preview was drafted on. 400 malformed JSON, 413 over 1 MB, 422 with
 * `{ issues: [{ path, message }] }` for a draft that fails the schema or is not ready.
 */
export async function POST(request: Request) {
  const body = await readJsonBody(request, MAX_BODY_BYTES);
  if (!body.ok) return problemResponse(body.code);
  const parsed = MotionDraftSchema.safeParse(body.json);
  if (!parsed.success) return problemResponse("invalid-draft", toDraftIssues(parsed.error));
  const missing = readiness(parsed.data);
  if (missing.length > 0) return problemResponse("not-ready", missing.map((item) => ({ path: item.field, message: item.message })));

  const todayParam = new URL(request.url).searchParams.get("today");
  const today = IsoDateSchema.safeParse(todayParam).success ? todayParam! : serverToday();
  try {
    const { doc, style } = draftOrder(parsed.data, { today });
    const bytes = await renderDocx(doc, style);
    return new Response(new Uint8Array(bytes), { headers: attachmentHeaders(docxFileName(doc), DOCX_TYPE) });
  } catch (error) {
    // A programmer error in the pipeline (an unknown authority, a template variable): log it, say little.
    console.error("POST /api/render failed", error);
    return problemResponse("internal");
  }
}
