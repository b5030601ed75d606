import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cleanText, originalSpan } from "./clean-text";
import { extractCitations } from "./extract-citations";
import type { ExtractedCitation } from "./types";

type Annotation = { text: string; kind: string; authorityId: string | null; antecedent?: string };
const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures/cite-check");
const annotations = JSON.parse(readFileSync(path.join(FIXTURES, "seed-citations.json"), "utf8")) as {
  seeds: Record<string, Annotation[]>;
};

/** The annotation's kind for an extracted citation. */
function kindOf(citation: ExtractedCitation): string {
  if (citation.kind === "case") return citation.form;
  return citation.kind;
}

/** Each annotated span's offsets in the original, found in reading order (a nested span may start inside the one before). */
function annotatedSpans(original: string, spans: Annotation[]) {
  let last = -1;
  return spans.map((annotation) => {
    const start = original.indexOf(annotation.text, last + 1);
    last = start;
    return { ...annotation, start, end: start + annotation.text.length };
  });
}

describe("extractCitations on the seed orders", () => {
  for (const [seed, spans] of Object.entries(annotations.seeds)) {
    it(`finds every annotated citation of seed ${seed}, with its exact span and kind`, () => {
      const original = readFileSync(path.join(FIXTURES, "seeds", `${seed}.txt`), "utf8");
      const clean = cleanText(original);
      const found = extractCitations(clean.text).map((citation) => ({
        kind: kindOf(citation),
        ...originalSpan(clean, citation.start, citation.end),
      }));
      const missed = annotatedSpans(original, spans)
        .filter((a) => a.start >= 0)
        .filter((a) => !found.some((f) => f.start === a.start && f.end === a.end && f.kind === a.kind))
        .map((a) => `${a.kind}: ${JSON.stringify(a.text)}`);
      expect(missed).toEqual([]);
      expect(annotatedSpans(original, spans).every((a) => a.start >= 0)).toBe(true);
    });
  }
});
