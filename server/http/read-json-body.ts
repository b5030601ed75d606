export type JsonBodyResult = { ok: true; json: unknown } | { ok: false; code: "too-large" | "malformed-json" };

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

/** Reads a request's JSON body within `maxBytes` (see readBodyBytes). */
export async function readJsonBody(request: Request, maxBytes: number): Promise<JsonBodyResult> {
  const body = await readBodyBytes(request, maxBytes);
  if (!body.ok) return body;
  try {
    return { ok: true, json: JSON.parse(new TextDecoder().decode(body.bytes)) };
  } catch {
    return { ok: false, code: "malformed-json" };
  }
}
