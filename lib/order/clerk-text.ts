/**
 * The one filter clerk-written text passes through on its way into a template. It escapes all
 * Markdown, so a clerk's words can never become a heading, a list, a footnote, HTML or a template
 * construct; it keeps light emphasis (*italic*, **bold**) and turns two kinds of markers into
 * directives:
 *   [[doc 49-1 at 2-3]]          a docket reference (several entries: [[doc 44, 46]]; signal: [[see doc 19 at 2]])
 *   [[cite see ashelman-v-pope#judicial-acts]]   a library citation, by authority and proposition id
 * A marker that does not parse, or cites what the library does not hold, prints as typed and is
 * listed as invalid by `listClerkMarkers`; nothing is thrown.
 */

import { isInLibrary } from "@/lib/authorities";
import { quotedAttribute } from "./directives";
import { escapeMarkdown, oneLine } from "./escape-markdown";
import { startsSentenceAfter } from "./sentence-boundary";

const MARKER = /\[\[([^\[\]]{1,200})\]\]/g;
const DOC_MARKER =
  /^(?:(see-also|see|cf)\s+)?doc\s+(\d{1,5}(?:-\d{1,3})?(?:\s*,\s*\d{1,5}(?:-\d{1,3})?)*)(?:\s+at\s+([^\]]{1,40}))?$/i;
const CITE_MARKER =
  /^cite\s+(?:(see-also|see|cf|compare|but-see|see-generally|e-g|see-e-g|accord)\s+)?([a-z0-9][a-z0-9-]{0,119})(?:#([a-z0-9][a-z0-9-]{0,119}))?$/;

export type ClerkMarker =
  | { kind: "doc"; entries: string[]; pin?: string; signal?: string }
  | { kind: "cite"; authorityId: string; propositionId?: string; signal?: string };

/** Parses one marker body (without brackets); undefined when it is not a valid marker or cites outside the library. */
export function parseClerkMarker(body: string): ClerkMarker | undefined {
  const trimmed = body.trim();
  const doc = DOC_MARKER.exec(trimmed);
  if (doc) {
    const entries = doc[2]!.split(",").map((entry) => entry.trim());
    return { kind: "doc", entries, ...(doc[3] ? { pin: doc[3].trim() } : {}), ...(doc[1] ? { signal: doc[1] } : {}) };
  }
  const cite = CITE_MARKER.exec(trimmed);
  // Only what the library holds: citing anything else would fail to print.
  if (cite && isInLibrary(cite[2]!, cite[3])) {
    return {
      kind: "cite",
      authorityId: cite[2]!,
      ...(cite[3] ? { propositionId: cite[3] } : {}),
      ...(cite[1] ? { signal: cite[1] } : {}),
    };
  }
  return undefined;
}

/** Every marker in a text, with the ones that do not parse. */
export function listClerkMarkers(text: string): { markers: ClerkMarker[]; invalid: string[] } {
  const markers: ClerkMarker[] = [];
  const invalid: string[] = [];
  for (const match of text.matchAll(MARKER)) {
    const marker = parseClerkMarker(match[1]!);
    if (marker) markers.push(marker);
    else invalid.push(match[0]);
  }
  return { markers, invalid };
}

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
  for (const match of paragraph.matchAll(MARKER)) {
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
