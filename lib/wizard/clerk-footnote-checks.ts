import { splitClerkFootnotes } from "@/lib/motion/clerk-footnotes";
import type { StepIssue } from "./wizard-step";

/** The first footnote problem in a clerk's text; each paragraph prints on its own, so a footnote must close in its paragraph. */
function footnoteError(text: string): string | undefined {
  for (const paragraph of text.replace(/\r\n?/g, "\n").split(/\n\s*\n/)) {
    const { error } = splitClerkFootnotes(paragraph);
    if (error) return error;
  }
  return undefined;
}

/** Every answer of a step's values whose "[[fn …]]" footnote is unclosed, empty or holds another, keyed by its path. */
export function checkClerkFootnotes(values: unknown, path: string[] = []): StepIssue[] {
  if (typeof values === "string") {
    const message = footnoteError(values);
    return message ? [{ path: path.join("."), message }] : [];
  }
  if (values === null || typeof values !== "object") return [];
  return Object.entries(values).flatMap(([key, value]) => checkClerkFootnotes(value, [...path, key]));
}
