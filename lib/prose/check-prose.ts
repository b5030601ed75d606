import { PROSE_RULES } from "./rules";
import type { ProseFinding, ProseMatch, ProseParagraph, ProseRule } from "./types";

/**
 * Quotes and spaces as typography prints them, in lower case (a template capitalizes what opens a
 * sentence), without the clerk's emphasis marks, so clerk text and the order compare equal.
 */
const comparable = (text: string) =>
  text
    .toLowerCase()
    .replace(/\*/g, "")
    .replace(/[“”]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/[\u00a0\s]+/g, " ");

/**
 * The prose check: each rule over the order's printed paragraphs. A match that lies wholly inside
 * something the clerk typed (`clerkTexts`: names, titles, prose) is the clerk's own words, not
 * the template's, and is not reported; a match that spans a join between them is.
 */
export function checkProse(
  paragraphs: readonly ProseParagraph[],
  options: { clerkTexts?: readonly string[]; rules?: readonly ProseRule[] } = {},
): ProseFinding[] {
  const typed = (options.clerkTexts ?? []).map(comparable).filter((text) => text.trim() !== "");
  const isClerks = ({ excerpt, clerkExcerpt }: ProseMatch) => {
    // The period a template adds after the clerk's last sentence is the template's, not a change to the words.
    const wanted = comparable(clerkExcerpt ?? excerpt)
      .trim()
      .replace(/(?<=\p{L})[.]$/u, "");
    return wanted !== "" && !wanted.startsWith("¶") && typed.some((text) => text.includes(wanted));
  };
  const findings: ProseFinding[] = [];
  const context = (paragraph: number, index: number) =>
    paragraphs[paragraph]!.text.slice(Math.max(0, index - 40), index + 80);
  for (const rule of options.rules ?? PROSE_RULES) {
    if (rule.inParagraph) {
      for (const [index, paragraph] of paragraphs.entries()) {
        for (const match of rule.inParagraph(paragraph)) {
          if (!isClerks(match))
            findings.push({
              rule: rule.id,
              excerpt: match.excerpt,
              paragraph: index,
              context: context(index, match.index),
            });
        }
      }
    }
    for (const match of rule.inOrder?.(paragraphs) ?? []) {
      if (!isClerks(match))
        findings.push({
          rule: rule.id,
          excerpt: match.excerpt,
          paragraph: match.paragraph,
          context: context(match.paragraph, match.index),
        });
    }
  }
  return findings;
}
