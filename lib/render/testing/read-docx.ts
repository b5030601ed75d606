/**
 * Reads a rendered .docx back for tests (tests only; not for app code): the body text as
 * mammoth extracts it, the footnotes' text, and the raw XML of the parts tests assert on.
 */
import { strFromU8, unzipSync } from "fflate";
import mammoth from "mammoth";
import { superscriptNumber } from "../plain-text";

/** A .docx file read back. */
export type DocxReadBack = {
  /** Body text via mammoth.extractRawText (paragraphs end "\n\n"; no footnote marks, headers or footers). */
  text: string;
  /** Each footnote as "¹ Its text", in id order, separated by blank lines (the format of `orderPlainText`). */
  footnotesText: string;
  /** Footnote texts by printed number (1-based id order). */
  footnotes: string[];
  documentXml: string;
  footnotesXml: string;
  /** All header parts, concatenated. */
  headerXml: string;
  /** All footer parts, concatenated. */
  footerXml: string;
  stylesXml: string;
  coreXml: string;
  /** Every part's name in the package. */
  parts: string[];
};

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Decodes the five XML entities and numeric character references. */
export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith("#x") || name.startsWith("#X")) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
  });
}

/** The visible text of a run of WordprocessingML: w:t text, tabs and breaks; paragraphs joined by "\n". */
export function xmlParagraphText(xml: string): string {
  const paragraphs = xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
  return paragraphs
    .map((p) =>
      (p.match(/<w:t(?: [^>]*)?>[\s\S]*?<\/w:t>|<w:t\/>|<w:tab\/>|<w:br\/>/g) ?? [])
        .map((token) =>
          token === "<w:tab/>" ? "\t" : token === "<w:br/>" ? "\n" : decodeXml(token.replace(/<[^>]+>/g, "")),
        )
        .join(""),
    )
    .join("\n");
}

function footnoteTexts(footnotesXml: string): string[] {
  const notes = [...footnotesXml.matchAll(/<w:footnote ([^>]*)>([\s\S]*?)<\/w:footnote>/g)];
  return notes
    .filter(([, attributes]) => !/w:type=/.test(attributes ?? ""))
    .map(([, attributes, body]) => ({
      id: Number(/w:id="(-?\d+)"/.exec(attributes ?? "")?.[1]),
      text: xmlParagraphText(body ?? ""),
    }))
    .sort((a, b) => a.id - b.id)
    .map((note) => note.text);
}

/** Unzips a .docx and reads its text back with mammoth. */
export async function readDocx(bytes: Uint8Array): Promise<DocxReadBack> {
  const files = unzipSync(bytes);
  const part = (name: string): string => {
    const data = files[name];
    return data ? strFromU8(data) : "";
  };
  const partsMatching = (pattern: RegExp): string =>
    Object.keys(files)
      .filter((name) => pattern.test(name))
      .sort()
      .map(part)
      .join("\n");
  const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  const footnotesXml = part("word/footnotes.xml");
  const footnotes = footnoteTexts(footnotesXml);
  return {
    text,
    footnotes,
    footnotesText: footnotes.map((note, i) => `${superscriptNumber(i + 1)}${note}`).join("\n\n"),
    documentXml: part("word/document.xml"),
    footnotesXml,
    headerXml: partsMatching(/^word\/header\d*\.xml$/),
    footerXml: partsMatching(/^word\/footer\d*\.xml$/),
    stylesXml: part("word/styles.xml"),
    coreXml: part("docProps/core.xml"),
    parts: Object.keys(files),
  };
}
