import { isInLibrary } from "@/lib/authorities";
import { splitClerkFootnotes } from "./clerk-footnotes";

export { splitClerkFootnotes, type ClerkTextPart } from "./clerk-footnotes";

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
