import type { PhrasingContent } from "mdast";
import { unsupported } from "./unsupported";

/**
 * The text directives templates emit, `:cite[id]{prop=x signal=see}` and
 * `:docket[49-1,50]{pos=sentence at="2-3"}` (a range "692–696"; groups cited together "54;58"), read at `start` (a colon). Only that shape is read:
 * another name, a label or attribute beyond it (nested brackets, escapes, character references but `&amp;`,
 * `#id`/`.class` shortcuts, bare keys) is unsupported, and micromark parses the text instead.
 */
const DIRECTIVE = /:(cite|docket)\[([A-Za-z0-9,;\u2013-]+)\](\{[^{}\n]*\})?/y;
const ATTRIBUTE = /\s*([A-Za-z_:][A-Za-z0-9_.:-]*)=(?:"([^"\n\\]*)"|([^\s"'<=>`{}&\\]+))\s*/y;

/**
 * A quoted value with its character references decoded, as micromark decodes them. Only `&amp;`
 * (what `quotedAttribute` in directives.ts writes for a `&`) is read; any other reference is
 * unsupported.
 */
function decodeValue(value: string): string {
  if (!value.includes("&")) return value;
  if (/&(?!amp;)/.test(value)) unsupported();
  return value.replace(/&amp;/g, "&");
}

export function readAttributes(body: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  let at = 0;
  while (at < body.length) {
    ATTRIBUTE.lastIndex = at;
    const match = ATTRIBUTE.exec(body);
    if (!match) {
      if (body.slice(at).trim() === "") break;
      unsupported();
    }
    attributes[match[1]!] = match[2] !== undefined ? decodeValue(match[2]) : (match[3] ?? "");
    at = ATTRIBUTE.lastIndex;
  }
  return attributes;
}

/** The directive at `start` and the index after it. */
export function readTextDirective(source: string, start: number): { node: PhrasingContent; end: number } {
  DIRECTIVE.lastIndex = start;
  const match = DIRECTIVE.exec(source);
  if (!match) unsupported();
  const end = DIRECTIVE.lastIndex;
  // A `{` right after the label that is not a valid attribute list, or a second one: micromark decides.
  if (source[end] === "{" || source[end] === "[") unsupported();
  const attributes = match[3] ? readAttributes(match[3].slice(1, -1)) : {};
  return {
    node: { type: "textDirective", name: match[1]!, attributes, children: [{ type: "text", value: match[2]! }] },
    end,
  };
}
