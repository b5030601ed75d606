/** RFC 5987 encoding for `filename*`: everything but attr-chars percent-encoded. */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Headers of a file download: content type, and a file name that survives any browser (ASCII fallback plus UTF-8). */
export function attachmentHeaders(fileName: string, contentType: string): HeadersInit {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return {
    "Content-Type": contentType,
    "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeRfc5987(fileName)}`,
    "Cache-Control": "no-store",
  };
}
