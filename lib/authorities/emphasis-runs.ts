import type { Inline, Mark } from "@/lib/order-doc/types";

type TextRun = Extract<Inline, { kind: "text" }>;

/** A text run, with marks only when there are any (keeps runs comparable in tests). */
export function textRun(text: string, marks: Mark[] = []): TextRun {
  return marks.length > 0 ? { kind: "text", text, marks } : { kind: "text", text };
}

/**
 * Splits library text with Markdown-style "*italic*" spans into runs. `base` marks (e.g. italic for
 * a case name) apply to every run; an asterisk that opens no closed span stays literal.
 */
export function emphasisRuns(text: string, base: Mark[] = []): TextRun[] {
  const runs: TextRun[] = [];
  const pattern = /\*([^*]+)\*/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const index = match.index ?? 0;
    if (index > last) runs.push(textRun(text.slice(last, index), base));
    runs.push(textRun(match[1] ?? "", base.includes("italic") ? base : [...base, "italic"]));
    last = index + match[0].length;
  }
  if (last < text.length) runs.push(textRun(text.slice(last), base));
  return runs;
}

/** Joins adjacent text runs that carry the same marks; leaves other inlines untouched. */
export function mergeRuns(inlines: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const inline of inlines) {
    const prev = out[out.length - 1];
    if (inline.kind === "text" && inline.text === "") continue;
    if (inline.kind === "text" && prev?.kind === "text" && sameMarks(prev.marks, inline.marks)) {
      out[out.length - 1] = textRun(prev.text + inline.text, prev.marks ?? []);
    } else {
      out.push(inline);
    }
  }
  return out;
}

function sameMarks(a: Mark[] | undefined, b: Mark[] | undefined): boolean {
  const x = [...(a ?? [])].sort().join();
  const y = [...(b ?? [])].sort().join();
  return x === y;
}

/** The plain text of runs (for tests, capitalization and flags). */
export function plainText(inlines: readonly Inline[]): string {
  return inlines
    .map((i) =>
      i.kind === "text" ? i.text : i.kind === "cite" || i.kind === "docket" ? plainText(i.printed ?? []) : "",
    )
    .join("");
}
