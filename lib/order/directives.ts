import type { Signal } from "@/lib/order-doc/types";

/** A mention of an authority in running text ("under 28 U.S.C. § 1292(b)"): never *Id.* */
export function mentionDirective(authorityId: string): string {
  return citeDirective(authorityId, undefined, undefined, true);
}

/**
 * Builders for the two directives templates and view models may emit. Trusted input only (ids from
 * the library, docket numbers validated by the schema); clerk text goes through clerk-text.ts.
 */
export function citeDirective(authorityId: string, propositionId?: string, signal?: Signal, textual = false): string {
  const attributes = [
    propositionId ? `prop=${propositionId}` : "",
    signal ? `signal=${signal}` : "",
    textual ? "ref=text" : "",
  ]
    .filter(Boolean)
    .join(" ");
  return `:cite[${authorityId}]{${attributes}}`;
}

/**
 * A directive attribute value, quoted. Quotes and backslashes cannot appear in one and are dropped;
 * `&` is escaped because the parser decodes character references in attribute values: a pin typed
 * as "3 &amp; 5" printed "3 & 5".
 */
export function quotedAttribute(value: string): string {
  return `"${value.replace(/["\\]/g, "").replace(/&/g, "&amp;")}"`;
}

export function docketDirective(
  entries: string[],
  position: "sentence" | "clause",
  pin?: string,
  signal?: Signal,
): string {
  if (entries.length === 0) return "";
  const at = pin ? ` at=${quotedAttribute(pin)}` : "";
  return `:docket[${entries.join(",")}]{pos=${position}${at}${signal ? ` signal=${signal}` : ""}}`;
}
