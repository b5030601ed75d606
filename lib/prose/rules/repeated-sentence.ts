import { splitSentences } from "../sentences";
import type { ProseRule } from "../types";

/** Sentences shorter than this ("Id.", "§ 1292(b).", "(ECF No. 5.)", "Accordingly, the motion is DENIED.") may recur. */
const MIN_WORDS = 8;
/** A citation sentence ("See Couch, 611 F.3d at 633.", "Cf. Brizzee, … (stating …).") cites again where the order needs it. */
const CITATION_SENTENCE = /^[“"(]*(?:See|See also|Cf\.|But see|Accord|Compare|Id\.|E\.g\.)[\s,]/;
/** A citation standing as its own sentence: "In re Cement Antitrust Litig., 673 F.2d at 1026." (volume, reporter, page at its end). */
const CITE_ONLY =
  /\b\d+\s+(?:U\.S\.|S\.\s?Ct\.|F\.(?:\s?Supp\.)?(?:\s?\d[a-z]{1,2}|\s?4th)?|B\.R\.|WL|Fed\.\s?App[x’']x?)[\s,].*\d[\d\-–, n.*]*(?:\s?\([^)]*\))*\.$/;

/**
 * What a marker prints: a docket reference's label and numbers (labels in lower case too, as some
 * courts print them: "docket no. 62, pp. 7-10"), a citation's numbers, brackets.
 */
const CITATION_PART =
  /\b(?:ECF|Docs?|Dkts?|Docket|docket|doc|D\.I|D\.E|R\. Doc|Filing|MDL Record|Record|Id|id)\b\.?|\b(?:[Nn]os?|pp?)\.|[()[\]#]|\S*\d\S*/;

const key = (sentence: string) =>
  sentence
    .toLowerCase()
    .replace(/[“”"‘’']/g, "")
    .replace(/\s+/g, " ")
    .trim();

/** The same sentence printed twice anywhere in the order (a standard stated in two sections, a disposition repeated). */
export const repeatedSentence: ProseRule = {
  id: "repeated-sentence",
  description: "The same sentence printed twice",
  inOrder: (paragraphs) => {
    const seen = new Set<string>();
    const matches = [];
    for (const [paragraph, { text, part }] of paragraphs.entries()) {
      if (part === "title" || part === "heading" || part === "layout") continue;
      for (const sentence of splitSentences(text)) {
        if (
          sentence.text.split(/\s+/).length < MIN_WORDS ||
          CITATION_SENTENCE.test(sentence.text) ||
          CITE_ONLY.test(sentence.text)
        )
          continue;
        const k = key(sentence.text);
        // A sentence the clerk wrote twice prints its cites from markers: its words are what the clerk typed.
        const words = sentence.text
          .split(CITATION_PART)
          .reduce((a, b) => (b.trim().length > a.length ? b.trim() : a), "");
        if (seen.has(k))
          matches.push({ excerpt: sentence.text, index: sentence.index, paragraph, clerkExcerpt: words.trim() });
        seen.add(k);
      }
    }
    return matches;
  },
};
