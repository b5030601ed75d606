import { isAbbreviation } from "./abbreviations";

/** A sentence of a paragraph and where it starts. */
export type Sentence = { text: string; index: number };

/**
 * A paragraph's sentences: a break after ".", "?" or "!" (and any closing quotes or brackets)
 * followed by a space, unless the period ends an abbreviation ("v.", "Inc.", "Id.", "U.S.C.").
 */
export function splitSentences(paragraph: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const boundary = /([.?!])[”’")\]]*(\s+)/g;
  for (const match of paragraph.matchAll(boundary)) {
    const at = match.index ?? 0;
    if (match[1] === ".") {
      const word = /([\p{L}\d'’.]+)$/u.exec(paragraph.slice(start, at))?.[1] ?? "";
      // "Id." standing alone is a citation sentence: "Id. But the argument …" breaks after it.
      const next = paragraph[at + match[0].length] ?? "";
      if (isAbbreviation(word) && !(/^id$/i.test(word) && /\p{Lu}/u.test(next))) continue;
    }
    const end = at + match[0].length - match[2]!.length;
    sentences.push({ text: paragraph.slice(start, end), index: start });
    start = at + match[0].length;
  }
  if (start < paragraph.length) sentences.push({ text: paragraph.slice(start), index: start });
  return sentences.filter((sentence) => sentence.text.trim() !== "");
}
