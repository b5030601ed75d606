/**
 * Reads the preview's markup for the HTML property: its tags and attributes, and the CSS
 * declarations of its style attributes (React writes a style object as `name:value;name:value`).
 */
import { decodeXml } from "@/lib/render/testing/read-docx";

export type Tag = { name: string; attributes: { name: string; value: string }[] };

/** Every start tag with its attributes (React escapes `<`, `>` and quotes in text and attribute values). */
export function tags(markup: string): Tag[] {
  return [...markup.matchAll(/<([a-zA-Z][\w-]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*\/?>/g)].map((match) => ({
    name: match[1]!.toLowerCase(),
    attributes: [...(match[2] ?? "").matchAll(/([^\s=]+)(?:="([^"]*)")?/g)].map((a) => ({
      name: a[1]!.toLowerCase(),
      value: decodeXml(a[2] ?? ""),
    })),
  }));
}

/** The property names of a CSS declaration list, splitting at `;` outside strings (a font name is a quoted string). */
export function cssPropertyNames(css: string): string[] {
  const names: string[] = [];
  let declaration = "";
  let quote: string | undefined;
  for (let i = 0; i < css.length; i++) {
    const char = css[i]!;
    if (quote) {
      if (char === "\\") {
        declaration += char + (css[i + 1] ?? "");
        i += 1;
        continue;
      }
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === ";") {
      names.push(declaration.split(":")[0]!.trim());
      declaration = "";
      continue;
    }
    declaration += char;
  }
  if (declaration.trim() !== "") names.push(declaration.split(":")[0]!.trim());
  return names;
}

/** The declared CSS property names of every style attribute, in document order. */
export function styleDeclarations(markup: string): string[][] {
  return tags(markup).flatMap((tag) =>
    tag.attributes.filter((a) => a.name === "style").map((a) => cssPropertyNames(a.value)),
  );
}
