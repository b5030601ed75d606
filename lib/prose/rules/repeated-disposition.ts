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

const ORDINAL = /\b(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+motion\b/i;

/** Openings that come before a disposition's subject: "Accordingly, Plaintiff's motion …". */
const OPENING =
  /^(?:.*?\bORDERED that\s+|\d+\.\s+|(?:Accordingly|For the foregoing reasons|For these reasons|Therefore|Thus),\s+)+/;
/** A word of a party's name: "Plaintiff", "Futero,", "Inc.", "IDC", "and", "the"; not a verb in capitals ("DENIES"). */
const NAME_WORD = /^(?:\p{Lu}[\p{L}.,&'’-]*|and|the|&)$/u;
const NOT_NAME = /^(?:DENIES|GRANTS|OVERRULES|SUSTAINS|Court|ORDERED)$/;

/**
 * Whose motion a disposition names: the name before the possessive ("Plaintiff and Petitioner",
 * "Futero, Inc."), any ordinal ("second motion") and, in a decree, the docket citations it gives.
 * Several motions decided in one order are each disposed of; only the same movant's same motion
 * twice is a repeat.
 */
function movantOf(sentence: string, decretal: boolean): string {
  const before = /^(.*?)['’]s?\s/.exec(sentence.replace(OPENING, ""))?.[1] ?? "";
  const words = before.split(/\s+/);
  let start = words.length;
  while (start > 0 && NAME_WORD.test(words[start - 1]!) && !NOT_NAME.test(words[start - 1]!)) start -= 1;
  const name = words.slice(start).join(" ").toLowerCase();
  // Prose may cite the motion in one disposition and not the other: only decrees compare citations.
  const cites = decretal ? (sentence.match(/[([][^()[\]]*\d[^()[\]]*[)\]]/g) ?? []) : [];
  return [name, ORDINAL.exec(sentence)?.[1]?.toLowerCase() ?? "", ...cites].join("|");
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
        const decretal = isDecretal(paragraph, sentence.text);
        const key = `${decretal ? "decree" : "prose"}:${movantOf(sentence.text, decretal)}:${objectOf(sentence.text)}:${verb}:${qualifier}`;
        if (seen.has(key)) matches.push({ excerpt: sentence.text, index: sentence.index, paragraph: index });
        seen.add(key);
      }
    }
    return matches;
  },
};
