import type { Inline } from "@/lib/order-doc/types";

/** A cite or docket inline: the two kinds whose words are filled in upstream. */
export type PrintedInline = Extract<Inline, { kind: "cite" } | { kind: "docket" }>;

/** What a renderer prints for a cite or docket inline, and whether it is a visible gap. */
export type PrintedContent = { content: Inline[]; placeholder: boolean };

/** Text shown where a citation or docket reference has not been resolved yet. */
export const PLACEHOLDER_TEXT: Record<PrintedInline["kind"], string> = {
  cite: "[citation]",
  docket: "[docket reference]",
};

/**
 * The runs to print for a cite or docket inline: its `printed` runs when `resolveCitations`
 * (or the docket formatter) filled them, otherwise a bracketed placeholder the preview and the
 * DOCX both mark as a gap. Renderers never build citation text themselves.
 *
 * @example printedContent({ kind: "cite", token: { authorityId: "x" } })
 *   // → { content: [{ kind: "text", text: "[citation]" }], placeholder: true }
 */
export function printedContent(inline: PrintedInline): PrintedContent {
  if (inline.printed && inline.printed.length > 0) return { content: inline.printed, placeholder: false };
  return { content: [{ kind: "text", text: PLACEHOLDER_TEXT[inline.kind] }], placeholder: true };
}
