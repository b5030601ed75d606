import type { Block, Caption, Inline, OrderDoc, SignatureBlock } from "@/lib/order-doc/types";

const NBSP = "\u00a0";

/** After these, a quotation mark opens: the start, a space, an opening bracket or dash, another opening quote. */
const OPENS_AFTER = /[\s([{\u2014\u2013/“‘-]/;
const WORD = /[\p{L}\p{N}]/u;

/**
 * Typographer's quotes for one run of text, given the character printed before it: a double quote
 * opens after a space or an opening bracket and closes otherwise; a single quote inside or after a
 * word is an apostrophe ("Court’s", "Comm’n", "Plaintiffs’"), before a number it stands for the
 * missing digits ("’90s"), and otherwise it opens or closes like a double quote.
 */
function curlQuotes(text: string, before: string): string {
  let previous = before;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    let printed = char;
    const opens = previous === "" || OPENS_AFTER.test(previous);
    if (char === '"') printed = opens ? "“" : "”";
    else if (char === "'") {
      const next = text[i + 1] ?? "";
      printed = WORD.test(previous) ? "’" : opens && /\d/.test(next) ? "’" : opens ? "‘" : "’";
    }
    out += printed;
    previous = printed;
  }
  return out;
}

/**
 * Spaces that must not break: inside a statutory citation ("28 U.S.C. § 1292(b)", "§§ 1331,
 * 1338(a)") and between the points of an ellipsis (". . .").
 */
function tieSpaces(text: string): string {
  return text
    .replace(/(§§?) +(?=\S)/g, `$1${NBSP}`)
    .replace(/(\d) +(U\.S\.C\.)/g, `$1${NBSP}$2`)
    .replace(/(U\.S\.C\.) +(§)/g, `$1${NBSP}$2`)
    .replace(/\. \. \./g, `.${NBSP}.${NBSP}.`);
}

/** One string, printed on its own (a caption line, the title, a signature line). */
export function typesetText(text: string, before = ""): string {
  return tieSpaces(curlQuotes(text, before));
}

/** A paragraph's runs in reading order, the quotes of each run curled in the light of what printed before it. */
function typesetInlines(inlines: Inline[], context: { previous: string }): Inline[] {
  return inlines.map((inline): Inline => {
    switch (inline.kind) {
      case "text": {
        const text = typesetText(inline.text, context.previous);
        if (text !== "") context.previous = text[text.length - 1]!;
        return { ...inline, text };
      }
      case "cite":
      case "docket":
        return inline.printed ? { ...inline, printed: typesetInlines(inline.printed, context) } : inline;
      case "lineBreak":
        context.previous = " ";
        return inline;
      default:
        return inline;
    }
  });
}

function typesetBlock(block: Block): Block {
  if (block.kind === "list")
    return { ...block, items: block.items.map((item) => typesetInlines(item, { previous: "" })) };
  return { ...block, content: typesetInlines(block.content, { previous: "" }) };
}

function typesetCaption(caption: Caption): Caption {
  const side = (s: Caption["plaintiffs"]) => ({ names: s.names.map((n) => typesetText(n)), label: s.label });
  return {
    ...caption,
    plaintiffs: side(caption.plaintiffs),
    defendants: side(caption.defendants),
    caseNumberLine: typesetText(caption.caseNumberLine),
  };
}

function typesetSignature(signature: SignatureBlock): SignatureBlock {
  return {
    ...signature,
    signerLine: typesetText(signature.signerLine),
    titleLine: typesetText(signature.titleLine),
    ...(signature.dateLine !== undefined ? { dateLine: typesetText(signature.dateLine) } : {}),
  };
}

/**
 * The order as courts print it: curly quotation marks and apostrophes, and non-breaking spaces
 * where a line must not break (inside "28 U.S.C. § 1292(b)", between the points of ". . .").
 * Every printed string of the order passes here once, after citations are resolved, so the Word
 * file, the preview and the plain text print the same characters.
 */
export function typesetDoc(doc: OrderDoc): OrderDoc {
  return {
    ...doc,
    caption: typesetCaption(doc.caption),
    title: typesetText(doc.title),
    ...(doc.titleDocketRef ? { titleDocketRef: typesetInlines(doc.titleDocketRef, { previous: "" }) } : {}),
    body: doc.body.map(typesetBlock),
    footnotes: Object.fromEntries(Object.entries(doc.footnotes).map(([id, blocks]) => [id, blocks.map(typesetBlock)])),
    signature: typesetSignature(doc.signature),
  };
}
