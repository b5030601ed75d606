/**
 * Checks that a .docx is a package Word can open: a zip whose every XML part is well-formed
 * (parsed by @xmldom/xmldom, mammoth's own parser) and holds only characters XML 1.0 allows.
 * xmldom is lenient about characters, and Word is not: it refuses a part with a vertical tab
 * (Word's own manual line break when pasted as text) or a NUL, raw or as a character reference.
 */
import { DOMParser } from "@xmldom/xmldom";
import { strFromU8, unzipSync } from "fflate";

/** Characters outside XML 1.0's `Char` production (tab, LF, CR and the planes minus surrogates and U+FFFE/U+FFFF are allowed). */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;

/** A numeric character reference to a character XML 1.0 does not allow. */
function badCharacterReference(xml: string): string | undefined {
  for (const match of xml.matchAll(/&#(x[0-9a-f]+|\d+);/gi)) {
    const body = match[1]!;
    const code = body[0] === "x" || body[0] === "X" ? parseInt(body.slice(1), 16) : parseInt(body, 10);
    if (code > 0x10ffff || NOT_XML_CHAR.test(String.fromCodePoint(code))) return match[0];
  }
  return undefined;
}

/** Problems with the package, as messages (empty when Word can open it). */
export function docxPackageProblems(bytes: Uint8Array): string[] {
  const problems: string[] = [];
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch (error) {
    return [`not a zip: ${(error as Error).message}`];
  }
  if (!files["[Content_Types].xml"]) problems.push("no [Content_Types].xml");
  if (!files["word/document.xml"]) problems.push("no word/document.xml");
  for (const [name, data] of Object.entries(files)) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const xml = strFromU8(data);
    const bad = NOT_XML_CHAR.exec(xml);
    if (bad)
      problems.push(
        `${name}: character U+${bad[0].codePointAt(0)!.toString(16).padStart(4, "0")} is not allowed in XML`,
      );
    const badRef = badCharacterReference(xml);
    if (badRef) problems.push(`${name}: character reference ${badRef} is not allowed in XML`);
    const errors: string[] = [];
    const parser = new DOMParser({
      errorHandler: {
        warning: () => {},
        error: (message: string) => errors.push(message),
        fatalError: (message: string) => errors.push(message),
      },
    });
    try {
      const doc = parser.parseFromString(xml, "application/xml");
      if (!doc.documentElement) errors.push("no root element");
    } catch (error) {
      errors.push((error as Error).message);
    }
    for (const error of errors) problems.push(`${name}: ${error}`);
  }
  return problems;
}
