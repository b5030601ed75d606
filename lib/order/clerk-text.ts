/**
 * The one filter clerk-written text passes through on its way into a template. It escapes all
 * Markdown, so a clerk's words can never become a heading, a list, a footnote, HTML or a template
 * construct; it keeps light emphasis (*italic*, **bold**) and turns two kinds of markers into
 * directives:
 *   [[doc 49-1 at 2-3]]          a docket reference (several entries: [[doc 44, 46]]; signal: [[see doc 19 at 2]])
 *   [[cite see ashelman-v-pope#judicial-acts]]   a library citation, by authority and proposition id
 * and turns a footnote ("[[fn The Court notes … [[doc 12]].]]") into a footnote call: its words, markers
 * converted, are wrapped in CLERK_FOOTNOTE sentinels that `orderMarkdown` (./compose) makes into a real
 * footnote, since a definition cannot stand inside the sentence the clerk's words print in.
 * A marker that does not parse, or cites what the library does not hold, prints as typed and is
 * listed as invalid by `listClerkMarkers` (lib/motion/clerk-markers); nothing is thrown.
 */

import { CLERK_MARKER, parseClerkMarker, splitClerkFootnotes, type ClerkMarker } from "@/lib/motion/clerk-markers";
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

type DocMarker = Extract<ClerkMarker, { kind: "doc" }>;

/** Docket markers side by side, cited together as courts join them: "(ECF Nos. 54, 58.)", "(ECF No. 54, p. 2; ECF No. 58, p. 3.)". */
function joinedDocketDirective(markers: DocMarker[], position: "sentence" | "clause"): string {
  const first = markers[0]!;
  if (markers.every((marker) => !marker.pin))
    return markerToDirective({ ...first, entries: markers.flatMap((marker) => marker.entries) }, position);
  const pins = markers
    .map((marker, i) => (marker.pin ? ` ${i === 0 ? "at" : `at${i}`}=${quotedAttribute(marker.pin)}` : ""))
    .join("");
  const signal = first.signal ? ` signal=${first.signal}` : "";
  return `:docket[${markers.map((marker) => marker.entries.join(",")).join(";")}]{pos=${position}${pins}${signal}}`;
}

/** Between two docket markers cited together: nothing but a space, a comma or a semicolon. */
const JOINS = /^\s*[;,]?\s*$/;

/** Private-use characters around a clerk footnote's Markdown; no clerk text keeps them (see clerkTextToMarkdown). */
export const CLERK_FOOTNOTE = { open: "\uE000", close: "\uE001" } as const;

/** One paragraph: its own words and its footnotes' words, each converted; a footnote error prints the text as typed. */
function clerkParagraphToMarkdown(paragraph: string): string {
  const { parts, error } = splitClerkFootnotes(paragraph);
  if (error) return markersToMarkdown(paragraph);
  return parts
    .map((part) =>
      part.kind === "footnote"
        ? `${CLERK_FOOTNOTE.open}${markersToMarkdown(part.text)}${CLERK_FOOTNOTE.close}`
        : markersToMarkdown(part.text),
    )
    .join("");
}

/** Escapes clerk words and converts their markers. Unknown markers print as text. */
function markersToMarkdown(paragraph: string): string {
  let out = "";
  let last = 0;
  let plainSoFar = "";
  const matches = [...paragraph.matchAll(CLERK_MARKER)];
  for (let i = 0; i < matches.length; i++) {
    const match = matches[i]!;
    const start = match.index ?? 0;
    const plain = paragraph.slice(last, start);
    plainSoFar += plain;
    out += restoreEmphasis(escapeMarkdown(plain));
    const marker = parseClerkMarker(match[1]!);
    if (marker) {
      const position = positionOf(plainSoFar);
      last = start + match[0].length;
      if (marker.kind === "doc") {
        // Later docket markers right after this one (no signal of their own) join it.
        const joined: DocMarker[] = [marker];
        for (let next = matches[i + 1]; next; next = matches[i + 1]) {
          const following = parseClerkMarker(next[1]!);
          const between = paragraph.slice(last, next.index ?? 0);
          if (following?.kind !== "doc" || following.signal || !JOINS.test(between)) break;
          joined.push(following);
          last = (next.index ?? 0) + next[0].length;
          i += 1;
        }
        out += joinedDocketDirective(joined, position);
      } else out += markerToDirective(marker, position);
      // A citation sentence carries its own period: drop one the clerk typed after it.
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
    .replace(/[\uE000\uE001]/g, "")
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((paragraph) => oneLine(paragraph).trim())
    .filter((paragraph) => paragraph !== "")
    .map(clerkParagraphToMarkdown)
    .join("\n\n");
}
