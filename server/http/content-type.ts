/**
 * Whether a Content-Type names JSON (application/json, or any application/…+json), parameters
 * aside. Writes take JSON only (415 otherwise): a form or a text/plain body, which any page can
 * send across sites without asking first, never reaches a handler.
 */
export function isJsonContentType(value: string | null): boolean {
  if (!value) return false;
  const type = value.split(";")[0]!.trim().toLowerCase();
  return type === "application/json" || /^application\/[a-z0-9.+-]+\+json$/.test(type);
}
