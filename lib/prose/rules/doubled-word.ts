import type { ProseMatch, ProseRule } from "../types";

const ROLE = "(?:Plaintiff|Defendant|Petitioner|Respondent|Movant|Appellant|Relator|Intervenor|PLAINTIFF|DEFENDANT)";
/** The same word twice: "the the". "that that" and "had had" are grammar. */
const SAME_WORD = /\b(\p{L}[\p{L}'’]*)\s+\1\b/giu;
/** A role's possessive, up to four capitalized words, and a role's possessive again: "Defendant Wood’s Defendants’". */
const ROLE_TWICE = new RegExp(`\\b${ROLE}S?s?(?:\\s+[\\p{Lu}][\\p{L}.,&]*){0,4}?['’][sS]?\\s+${ROLE}S?s?['’]`, "gu");

/**
 * A word said twice in a row ("the the"), or the movant twice ("Defendant's Defendant's",
 * "Defendant Wood's Defendants' Motion"): a motion's title typed with its movant after the
 * order's own designation.
 */
export const doubledWord: ProseRule = {
  id: "doubled-word",
  description: "A word or a party's role said twice in a row",
  inParagraph: ({ text }) => {
    const matches: ProseMatch[] = [];
    for (const match of text.matchAll(SAME_WORD))
      if (!/^(?:that|had)$/i.test(match[1]!)) matches.push({ excerpt: match[0], index: match.index ?? 0 });
    for (const match of text.matchAll(ROLE_TWICE)) matches.push({ excerpt: match[0], index: match.index ?? 0 });
    return matches;
  },
};
