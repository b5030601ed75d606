import { splitSentences } from "../sentences";
import type { ProseParagraph, ProseRule } from "../types";

const DISPOSITION =
  /\b(?:(DENIES|DENIED|OVERRULES|OVERRULED)|(GRANTS|GRANTED|SUSTAINS|SUSTAINED))\b|\b(?:Court|court) (?:(denies|overrules)|(grants|sustains))\b|\bis (?:hereby )?(?:(denied|overruled)|(granted|sustained))\b/;

/** Words that describe a motion without naming what it asks: "Plaintiff's ex parte renewed motion". */
const DESCRIBING = new Set(["ex", "parte", "renewed", "second", "amended", "joint", "present", "instant", "pending"]);

/**
 * What a disposition sentence disposes of, as its first three words after the party's possessive
 * ("motion for certification", "request to reconsider", "request for a"): the same three words
 * twice is the same request disposed of twice.
 */
function objectOf(sentence: string): string {
  const after =
    /['’]s?\s+(.*)$/.exec(sentence)?.[1] ??
    /\b(?:DENIES|GRANTS|denies|grants)\s+(?:the\s+)?(.*)$/.exec(sentence)?.[1] ??
    // A request named without a party: "The motion for clarification (ECF No. 5) is GRANTED."
    /^(?:\d+\.\s+)?(?:IT IS (?:\w+ )?ORDERED that\s+)?(?:the\s+)?(.+?)\s+is\s/i.exec(sentence)?.[1] ??
    "";
  return after
    .toLowerCase()
    .replace(/[^\p{L}\s]/gu, " ")
    .split(/\s+/)
    .filter((word) => word !== "" && !DESCRIBING.has(word))
    .slice(0, 3)
    .join(" ");
}

/** Decretal paragraphs ("IT IS ORDERED …", the numbered decrees) restate the rulings by design: they are compared among themselves. */
const isDecretal = (paragraph: ProseParagraph, sentence: string) =>
  paragraph.part === "decree" || /\bIT IS (?:\w+ )?ORDERED\b/.test(sentence);

/**
 * The same request disposed of twice in the order's prose ("Accordingly, the Court DENIES …
 * motion for certification …" and then "Accordingly, … motion for certification … is HEREBY
 * DENIED"), or twice in its decree. The introduction's announcement ("For the reasons stated
 * below, the Court DENIES …"), a conclusion disposing of the motion as a whole after the
 * discussion disposed of its parts, and a decree restating the discussion are how orders are written.
 */
export const repeatedDisposition: ProseRule = {
  id: "repeated-disposition",
  description: "The same request disposed of twice",
  inOrder: (paragraphs) => {
    const seen = new Set<string>();
    const matches = [];
    for (const [index, paragraph] of paragraphs.entries()) {
      if (["title", "heading", "layout"].includes(paragraph.part) || paragraph.section === "introduction") continue;
      for (const sentence of splitSentences(paragraph.text)) {
        const match = DISPOSITION.exec(sentence.text);
        if (!match) continue;
        const verb = match[1] || match[3] || match[5] ? "deny" : "grant";
        // "DENIED AS MOOT" and "GRANTED IN PART" are dispositions of their own.
        const qualifier = /\bas moot\b/i.test(sentence.text)
          ? "moot"
          : /\bin part\b/i.test(sentence.text)
            ? "part"
            : "";
        const key = `${isDecretal(paragraph, sentence.text) ? "decree" : "prose"}:${objectOf(sentence.text)}:${verb}:${qualifier}`;
        if (seen.has(key)) matches.push({ excerpt: sentence.text, index: sentence.index, paragraph: index });
        seen.add(key);
      }
    }
    return matches;
  },
};
