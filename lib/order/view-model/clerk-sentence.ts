/**
 * Shaping a clerk's words for the sentence a template puts them in: a phrase loses the period a
 * clerk typed after it, a sentence gains the one the clerk left off. Markers ("[[doc 45]]") and
 * emphasis are left as typed.
 */

import { splitClerkFootnotes } from "@/lib/motion/clerk-markers";

const TRAILING_MARKER = /\s*\[\[[^[\]]{1,200}\]\]\s*$/;
const CLOSERS = /[”’"')\]*]+$/;

/** The text without a final marker (a citation prints its own punctuation), and the marker. */
function splitTrailingMarker(text: string): { body: string; marker: string } {
  const match = TRAILING_MARKER.exec(text);
  return match ? { body: text.slice(0, match.index), marker: match[0] } : { body: text, marker: "" };
}

/** True when the text, read past closing quotes and brackets, ends a sentence. */
export function endsSentence(text: string): boolean {
  return /[.?!]$/.test(text.trimEnd().replace(CLOSERS, ""));
}

/** The text before a footnote it ends with ("… certify[[fn …]]"), and the footnote marker. */
function splitTrailingFootnote(text: string): { body: string; footnote: string } | undefined {
  const { parts, error } = splitClerkFootnotes(text);
  const last = parts[parts.length - 1];
  if (error || last?.kind !== "footnote" || !text.endsWith("]]")) return undefined;
  const start = [...text.matchAll(/\[\[fn[\s\]]/gi)].pop()?.index ?? 0;
  return { body: text.slice(0, start), footnote: text.slice(start) };
}

/** A clerk's sentence with its final period: "Defendant asks the Court to certify" → "… certify." */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  if (trimmed === "") return "";
  // A footnote is called after the sentence's period, as courts print it.
  const footnoted = splitTrailingFootnote(trimmed);
  if (footnoted) return `${asSentence(footnoted.body)}${footnoted.footnote}`;
  const { body, marker } = splitTrailingMarker(trimmed);
  if (marker !== "") return endsSentence(body) ? trimmed : `${trimmed}.`;
  return endsSentence(trimmed) ? trimmed : `${trimmed}.`;
}

/** A clerk's phrase for the middle of a sentence: without the final period or semicolon it was typed with. */
export function asPhrase(text: string): string {
  return text.trim().replace(/\s*[.;,]+$/, "");
}

/** The text's first letter in upper case (a clerk's phrase opening a sentence or a list item). */
export function capitalizeFirst(text: string): string {
  // A letter whose capital is two letters ("ß" → "SS", "ﬁ" → "FI") or lowers to another ("ϕ" → "Φ" → "φ") is left as typed.
  // A text that opens with a marker ("[[see doc 19]]") is left as typed: the marker is not prose.
  return text.replace(/^([^\p{L}]*)(\p{Ll})/u, (all, before: string, letter: string) =>
    letter.toUpperCase().length === 1 && letter.toUpperCase().toLowerCase() === letter && !before.includes("[[")
      ? before + letter.toUpperCase()
      : all,
  );
}

/** The text's first letter in lower case, for a word that opens a clause mid-sentence ("Whether" → "whether"). */
export function lowercaseFirstWord(text: string, word: RegExp): string {
  return text.replace(word, (found) => found.charAt(0).toLowerCase() + found.slice(1));
}

/**
 * Clerk prose a template prints where a sentence begins and after which the template goes on:
 * each of its paragraphs (each prints as a paragraph of the order) begins in upper case, and the
 * last ends a sentence before the template's words resume, so that no join reads as a typo.
 */
export function asSentences(text: string): string {
  const paragraphs = text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((paragraph) => capitalizeFirst(paragraph.trim()))
    .filter((paragraph) => paragraph !== "");
  if (paragraphs.length > 0) paragraphs[paragraphs.length - 1] = asSentence(paragraphs[paragraphs.length - 1]!);
  return paragraphs.join("\n\n");
}
