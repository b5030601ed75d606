import { printableText } from "@/lib/order/printable-text";
import { isJsonContentType } from "./content-type";

export type JsonBodyResult =
  { ok: true; json: unknown } | { ok: false; code: "too-large" | "malformed-json" | "unsupported-media-type" };

export type BodyBytesResult = { ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false; code: "too-large" };

/**
 * Reads a request's body, stopping as soon as it passes `maxBytes` (a declared Content-Length over
 * the limit is refused before reading).
 */
export async function readBodyBytes(request: Request, maxBytes: number): Promise<BodyBytesResult> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (Number.isFinite(declared) && declared > maxBytes) return { ok: false, code: "too-large" };
  const reader = request.body?.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return { ok: false, code: "too-large" };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes };
}

/**
 * Every string a user sent, made storable and printable as the order text is (printableText: no
 * NUL or other control, no lone surrogate, no bidi control left open), PostgreSQL refusing the
 * first two (a 500 whose log carried the user's name and note). A password is kept as typed: it
 * must match what was set.
 */
const cleanStrings = (key: string, value: unknown): unknown =>
  typeof value === "string" && key !== "password" ? printableText(value) : value;

/** Reads a request's JSON body within `maxBytes` (see readBodyBytes), every string in it cleaned (cleanStrings). */
export async function readJsonBody(request: Request, maxBytes: number): Promise<JsonBodyResult> {
  if (!isJsonContentType(request.headers.get("content-type"))) return { ok: false, code: "unsupported-media-type" };
  const body = await readBodyBytes(request, maxBytes);
  if (!body.ok) return body;
  try {
    return { ok: true, json: JSON.parse(new TextDecoder().decode(body.bytes), cleanStrings) };
  } catch {
    return { ok: false, code: "malformed-json" };
  }
}
