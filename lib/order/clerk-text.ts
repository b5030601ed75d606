/**
 * The one filter clerk-written text passes through on its way into a template. It escapes all
 * Markdown, so a clerk's words can never become a heading, a list, a footnote, HTML or a template
 * construct; it keeps light emphasis (*italic*, **bold**) and turns two kinds of markers into
 * directives:
 *   [[doc 49-1 at 2-3]]          a docket reference (several entries: [[doc 44, 46]]; signal: [[see doc 19 at 2]])
 *   [[cite see ashelman-v-pope#judicial-acts]]   a library citation, by authority and proposition id
 * A marker that does not parse, or cites what the library does not hold, prints as typed and is
 * listed as invalid by `listClerkMarkers` (lib/motion/clerk-markers); nothing is thrown.
 */

import { CLERK_MARKER, parseClerkMarker, type ClerkMarker } from "@/lib/motion/clerk-markers";
import { quotedAttribute } from "./directives";
import { escapeMarkdown, oneLine } from "./escape-markdown";
import { startsSentenceAfter } from "./sentence-boundary";

/** Re-allows *italic* and **bold** written by the clerk, after everything was escaped. */
function restoreEmphasis(escaped: string): string {
  return escaped
    .replace(/\\\*\\\*(?=\S)(.+?)(?<=\S)\\\*\\\*/g, "**$1**")
    .replace(/\\\*(?=[^\s\\])(.+?)(?<=[^\s\\])\\\*/g, "*$1*");
}

function markerToDirective(marker: ClerkMarker, position: "sentence" | "clause"): string {
  if (marker.kind === "doc") {
    const pin = marker.pin ? ` at=${quotedAttribute(marker.pin)}` : "";
    const signal = marker.signal ? ` signal=${marker.signal}` : "";
    return `:docket[${marker.entries.join(",")}]{pos=${position}${pin}${signal}}`;
  }
  const prop = marker.propositionId ? ` prop=${marker.propositionId}` : "";
  const signal = marker.signal ? ` signal=${marker.signal}` : "";
  return `:cite[${marker.authorityId}]{${(prop + signal).trim()}}`;
}

/** A docket marker stands as its own citation sentence when it follows a sentence's end or opens the text. */
function positionOf(before: string): "sentence" | "clause" {
  return startsSentenceAfter(before, '"”’)') ? "sentence" : "clause";
}

/** Escapes one paragraph of clerk text and converts its markers. Unknown markers print as text. */
function clerkParagraphToMarkdown(paragraph: string): string {
  let out = "";
  let last = 0;
  let plainSoFar = "";
  for (const match of paragraph.matchAll(CLERK_MARKER)) {
    const start = match.index ?? 0;
    const plain = paragraph.slice(last, start);
    plainSoFar += plain;
    out += restoreEmphasis(escapeMarkdown(plain));
    const marker = parseClerkMarker(match[1]!);
    if (marker) {
      const position = positionOf(plainSoFar);
      out += markerToDirective(marker, position);
      // A citation sentence carries its own period: drop one the clerk typed after it.
      last = start + match[0].length;
      if (marker.kind === "doc" && position === "sentence" && paragraph[last] === ".") last += 1;
    } else {
      out += escapeMarkdown(match[0]);
      last = start + match[0].length;
    }
    plainSoFar += "§"; // a marker is content: what follows is no longer at the text's start
  }
  out += restoreEmphasis(escapeMarkdown(paragraph.slice(last)));
  return out;
}

/**
 * Clerk text printed inside a sentence or as one item of a list (the order under review's ruling,
 * a certified question): its paragraphs run together, as a blank line there ended the sentence
 * mid-way or broke the numbered list of questions apart.
 */
export function oneParagraph(text: string): string {
  return oneLine(text);
}

/**
 * Clerk text → Markdown: paragraphs (blank-line separated) stay paragraphs; single line breaks
 * become spaces; everything else is literal text.
 */
export function clerkTextToMarkdown(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((paragraph) => oneLine(paragraph).trim())
    .filter((paragraph) => paragraph !== "")
    .map(clerkParagraphToMarkdown)
    .join("\n\n");
}
