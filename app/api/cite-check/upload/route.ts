import {
  documentKind,
  documentText,
  UnreadableDocumentError,
  type DocumentKind,
} from "@/server/cite-check/document-text";
import { CiteCheckUploadResponseSchema } from "@/lib/api/responses";
import { checkForActor } from "@/server/cite-check/check-for-actor";
import { jsonResponse } from "@/server/http/json-response";
import { apiRoute } from "@/server/http/api-route";
import { DOCX_TYPE } from "@/server/http/docx-type";
import { MAX_CITE_CHECK_UPLOAD_BYTES } from "@/server/http/limits";
import { problemResponse } from "@/server/http/problem-response";
import { readBodyBytes } from "@/server/http/read-json-body";

export const runtime = "nodejs";

/**
 * The content types the upload takes, and what each must turn out to be. A text file comes as
 * application/octet-stream (and must not turn out to be a PDF or a Word file): text/plain is a type
 * any site can send without asking, which no write takes (bodyTypeRefusal).
 */
const TYPES: Record<string, DocumentKind | "sniff"> = {
  "application/pdf": "pdf",
  [DOCX_TYPE]: "docx",
  "application/octet-stream": "sniff",
};

/**
 * Signed-in members only. POST a .docx, .pdf or text file as the raw body (its Content-Type
 * saying which, application/octet-stream for text) → `{ text, citations, findings }`. 415 for another type, or bytes that are not
 * what the type says; 413 over MAX_CITE_CHECK_UPLOAD_BYTES; 422 for a file that cannot be read.
 */
export const POST = apiRoute(
  "POST /api/cite-check/upload",
  async ({ request, actor, db }) => {
    const declared = TYPES[(request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase()];
    if (!declared) return problemResponse("unsupported-type");
    const body = await readBodyBytes(request, MAX_CITE_CHECK_UPLOAD_BYTES);
    if (!body.ok) return problemResponse(body.code);
    const sniffed = documentKind(body.bytes);
    const kind = declared === "sniff" ? sniffed : declared;
    if (!kind || (declared !== "sniff" && sniffed !== kind)) return problemResponse("unsupported-type");
    let text: string;
    try {
      text = await documentText(body.bytes, kind);
    } catch (error) {
      if (error instanceof UnreadableDocumentError) return problemResponse("unreadable");
      throw error;
    }
    const result = await checkForActor(db, actor, text);
    return jsonResponse(CiteCheckUploadResponseSchema, { text, ...result });
  },
  { body: "file" },
);
