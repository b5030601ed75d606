import { splitSentences } from "../sentences";
import type { ProseRule } from "../types";

/** Sentences shorter than this ("Id.", "§ 1292(b).", "(ECF No. 5.)", "Accordingly, the motion is DENIED.") may recur. */
const MIN_WORDS = 8;
/** A citation sentence ("See Couch, 611 F.3d at 633.", "Cf. Brizzee, … (stating …).") cites again where the order needs it. */
const CITATION_SENTENCE = /^[“"(]*(?:See|See also|Cf\.|But see|Accord|Compare|Id\.|E\.g\.)[\s,]/;

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
      if (part === "title" || part === "heading") continue;
      for (const sentence of splitSentences(text)) {
        if (sentence.text.split(/\s+/).length < MIN_WORDS || CITATION_SENTENCE.test(sentence.text)) continue;
        const k = key(sentence.text);
        // A sentence the clerk wrote twice prints its cites from markers: its words are what the clerk typed.
        const words = sentence.text
          .split(/[^\s\p{L},;:'’“”"-]*\d[^\s]*/u)
          .reduce((a, b) => (b.length > a.length ? b : a), "");
        if (seen.has(k))
          matches.push({ excerpt: sentence.text, index: sentence.index, paragraph, clerkExcerpt: words.trim() });
        seen.add(k);
      }
    }
    return matches;
  },
};
