import { isInLibrary } from "@/lib/authorities";

/**
 * The markers clerk-written text may carry (see ClerkTextSchema):
 *   [[doc 49-1 at 2-3]]          a docket reference (several entries: [[doc 44, 46]]; a range: [[doc 692 to 696]];
 *                                signal: [[see doc 19 at 2]]; markers side by side are cited together)
 *   [[cite see ashelman-v-pope#judicial-acts]]   a library citation, by authority and proposition id
 *   [[fn The Court notes … [[doc 12]].]]         a footnote, called where it stands; the markers above work
 *                                inside it; a footnote cannot hold another (see splitClerkFootnotes)
 * The order prints them (lib/order/clerk-text); the standards read which authorities they cite.
 */
export const CLERK_MARKER = /\[\[([^\[\]]{1,200})\]\]/g;
/** One entry ("49", "49-1"), or a range of entries: "692 to 696", "692–696", "692 through 696". */
const DOC_ENTRY = String.raw`\d{1,5}(?:-\d{1,3})?(?:\s*(?:–|—|\bto\b|\bthrough\b)\s*\d{1,5}(?:-\d{1,3})?)?`;
const DOC_MARKER = new RegExp(
  String.raw`^(?:(see-also|see|cf)\s+)?doc\s+(${DOC_ENTRY}(?:\s*,\s*${DOC_ENTRY})*)(?:\s+at\s+([^\]]{1,40}))?$`,
  "i",
);
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
    // A range is kept as "692–696" (an en dash: "692-696" is entry 692's attachment 696).
    const entries = doc[2]!.split(",").map((entry) => entry.trim().replace(/\s*(?:–|—|\bto\b|\bthrough\b)\s*/i, "–"));
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
  // A footnote's brackets are not a marker; the markers inside it are.
  const parts = splitClerkFootnotes(text).parts.map((part) => part.text);
  for (const match of parts.flatMap((part) => [...part.matchAll(CLERK_MARKER)])) {
    const marker = parseClerkMarker(match[1]!);
    if (marker) markers.push(marker);
    else invalid.push(match[0]);
  }
  return { markers, invalid };
}

/** A part of clerk text: its own words, or the words of a footnote it calls where the footnote stands. */
export type ClerkTextPart = { kind: "text" | "footnote"; text: string };

const FOOTNOTE_OPEN = /\[\[fn(?=[\s\]])/iy;

/**
 * Splits clerk text at its footnotes ("[[fn …]]", which may hold [[doc …]] and [[cite …]] markers).
 * An unclosed footnote or a footnote inside another is an error, said in words a clerk can act on;
 * the wizard reports it on the field (lib/wizard/step-issues) and the order prints the text as typed.
 */
export function splitClerkFootnotes(text: string): { parts: ClerkTextPart[]; error?: string } {
  const parts: ClerkTextPart[] = [];
  let plainStart = 0;
  let i = 0;
  while (i < text.length) {
    FOOTNOTE_OPEN.lastIndex = i;
    if (!FOOTNOTE_OPEN.test(text)) {
      i += 1;
      continue;
    }
    const bodyStart = i + 4;
    let depth = 0;
    let j = bodyStart;
    let end = -1;
    while (j < text.length) {
      FOOTNOTE_OPEN.lastIndex = j;
      if (FOOTNOTE_OPEN.test(text))
        return {
          parts: [{ kind: "text", text }],
          error: "A footnote cannot hold another footnote: close the first “[[fn …]]” before opening the next",
        };
      if (text.startsWith("[[", j)) {
        depth += 1;
        j += 2;
      } else if (text.startsWith("]]", j)) {
        if (depth === 0) {
          end = j;
          break;
        }
        depth -= 1;
        j += 2;
      } else j += 1;
    }
    if (end === -1)
      return { parts: [{ kind: "text", text }], error: "A footnote “[[fn …” is not closed: end it with “]]”" };
    if (text.slice(bodyStart, end).trim() === "")
      return { parts: [{ kind: "text", text }], error: "A footnote “[[fn …]]” needs its words after “fn”" };
    if (i > plainStart) parts.push({ kind: "text", text: text.slice(plainStart, i) });
    parts.push({ kind: "footnote", text: text.slice(bodyStart, end).trim() });
    i = end + 2;
    plainStart = i;
  }
  if (plainStart < text.length || parts.length === 0) parts.push({ kind: "text", text: text.slice(plainStart) });
  return { parts };
}
