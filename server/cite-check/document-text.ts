/**
 * The text of a document a clerk hands the cite-check: plain text as is, a Word file through
 * mammoth, a PDF through unpdf (pdf.js). No shelling out: the same code serves the page's upload
 * and `npm run cite-check`. Pleading-paper line numbers are left in; `cleanText` strips them from
 * every source alike.
 */
import mammoth from "mammoth";

export type DocumentKind = "text" | "docx" | "pdf";

/** Why a document could not be read. */
export class UnreadableDocumentError extends Error {}

const PDF_MAGIC = "%PDF-";
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** What a file holds, judged by its first bytes (a name's extension can lie), or by its name for plain text. */
export function documentKind(bytes: Uint8Array, fileName = ""): DocumentKind | undefined {
  if (new TextDecoder().decode(bytes.subarray(0, 5)) === PDF_MAGIC) return "pdf";
  if (ZIP_MAGIC.every((byte, i) => bytes[i] === byte))
    return /\.docx$/i.test(fileName) || fileName === "" ? "docx" : undefined;
  if (/\.(txt|text|md)$/i.test(fileName) || fileName === "") return "text";
  return undefined;
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  const { extractText, getDocumentProxy } = await import("unpdf");
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  // pdf.js keeps the parsed document (and, in Node, its fake worker) until destroyed: free it per upload.
  try {
    const { text } = await extractText(pdf, { mergePages: false });
    return text.join("\n\n");
  } finally {
    await pdf.destroy();
  }
}

/** The document's text. Throws UnreadableDocumentError when the bytes are not what they claim. */
export async function documentText(bytes: Uint8Array, kind: DocumentKind): Promise<string> {
  try {
    switch (kind) {
      case "text":
        return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
      case "docx":
        return (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
      case "pdf":
        return await pdfText(bytes);
    }
  } catch (error) {
    throw new UnreadableDocumentError(
      `The ${kind === "text" ? "text file is not UTF-8" : `${kind} file cannot be read`}: ${(error as Error).message}`,
    );
  }
}
