import { isAbbreviation } from "../abbreviations";
import type { ProseMatch, ProseParagraph, ProseRule } from "../types";

/**
 * A paragraph, or a sentence after one that ends, beginning in lower case ("the parties ask …",
 * "… appeal. the Court"). A period after an abbreviation ("v.", "Id. at", "et al. and") ends nothing,
 * and a citation sentence in brackets or parentheses prints its docket label as the court writes
 * it ("[docket no. 59].", "(doc. # 58).").
 */
export const lowercaseSentenceStart: ProseRule = {
  id: "lowercase-sentence-start",
  description: "A sentence that begins in lower case",
  inParagraph: ({ text, part }: ProseParagraph): ProseMatch[] => {
    const matches: ProseMatch[] = [];
    // Caption and signature lines are not sentences ("v.", "Plaintiff,").
    if (part === "layout") return matches;
    // A decree item starts after its number ("1. "); a footnote after its mark.
    const body = part === "decree" ? text.replace(/^\d+\.\s+/, "") : text;
    const offset = text.length - body.length;
    const first = /^[“‘"']*(\p{Ll}[\p{L}'’-]*)/u.exec(body);
    if (first && !/^(?:e\.g|i\.e|id|see|cf)\b/.test(first[1]!))
      matches.push({ excerpt: `¶${first[0]}`, index: offset });
    for (const match of body.matchAll(/([\p{L}\d'’.)]+)([.?!])[”’"')\]]*\s+[“‘"']*(\p{Ll}[\p{L}'’-]*)/gu)) {
      if (match[2] === "." && isAbbreviation(match[1]!.replace(/[.)]+$/, ""))) continue;
      if (/^(?:e\.g|i\.e|id|see|cf)$/.test(match[3]!)) continue;
      matches.push({ excerpt: match[0], index: offset + (match.index ?? 0) });
    }
    return matches;
  },
};
