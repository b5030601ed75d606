import type { ProseMatch, ProseParagraph, ProseRule } from "../types";

/** Every match of `pattern` (global) in a paragraph, optionally filtered by `keep`. */
export function regexMatches(
  pattern: RegExp,
  keep: (match: RegExpMatchArray, text: string) => boolean = () => true,
): (paragraph: ProseParagraph) => ProseMatch[] {
  return ({ text }) =>
    [...text.matchAll(pattern)]
      .filter((match) => keep(match, text))
      .map((match) => ({ excerpt: match[0], index: match.index ?? 0 }));
}

/** A rule that is one regular expression over each paragraph. */
export function regexRule(
  id: string,
  description: string,
  pattern: RegExp,
  keep?: Parameters<typeof regexMatches>[1],
): ProseRule {
  return { id, description, inParagraph: regexMatches(pattern, keep) };
}
