/**
 * Whether a Content-Type names JSON (application/json, or any application/…+json), parameters
 * aside. Writes take JSON only (415 otherwise): a form or a text/plain body, which any page can
 * send across sites without asking first, never reaches a handler.
 */
export function isJsonContentType(value: string | null): boolean {
  if (!value) return false;
  const type = mediaType(value);
  return type === "application/json" || /^application\/[a-z0-9.+-]+\+json$/.test(type);
}

/** What a route's writes carry: JSON (every route but one), or a file as the raw body (the cite-check upload). */
export type BodyKind = "json" | "file";

/** The Fetch standard's CORS-safelisted content types: what a page on any site may send without a preflight. */
const CROSS_SITE_SENDABLE = new Set(["text/plain", "application/x-www-form-urlencoded", "multipart/form-data"]);

/**
 * Why a write's body type is refused (415), or undefined when it is taken. A JSON route takes JSON
 * only; a file route takes a file's own type (its handler checks the bytes are what the type says),
 * but never one that a page on another site could send without asking, nor a body with no type.
 */
export function bodyTypeRefusal(
  value: string | null,
  kind: BodyKind,
): "unsupported-media-type" | "unsupported-type" | undefined {
  if (kind === "json") return isJsonContentType(value) ? undefined : "unsupported-media-type";
  return !value || CROSS_SITE_SENDABLE.has(mediaType(value)) ? "unsupported-type" : undefined;
}

const mediaType = (value: string) => value.split(";")[0]!.trim().toLowerCase();
