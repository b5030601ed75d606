/** Words that may come between a movant's possessive and the filing's noun: "Defendants' Renewed Ex Parte Motion". */
const QUALIFIERS =
  "(?:(?:Ex\\s+Parte|Renewed|Joint|Second|Third|Amended|Emergency|Unopposed|Opposed|Consent|Supplemental)\\s+)*";
const FILING = "(?:Motion|Application|Request|Petition|Objection|Objections)\\b";
/** A movant's possessive opening a title: "Defendant's", "Defendants Wood and Kyker's", "the City of Elgin's", "DEFENDANTS'". */
const LEADING_POSSESSIVE = new RegExp(
  `^(?:the\\s+)?((?:[\\p{Lu}][\\p{L}.,&\\-]*\\s+){0,8}?[\\p{Lu}][\\p{L}.&\\-]*)['’]s?\\s+(?=${QUALIFIERS}${FILING})`,
  "iu",
);
/** A procedural styling a movant may give itself, kept as the order's "Appellant's [Plaintiff's]". */
const STYLINGS = /^(?:Appellants?|Movants?|Applicants?)$/i;

/**
 * A motion's title as the clerk typed it, without the movant's possessive a title is often typed
 * with ("Defendant's Motion to Certify …"): the order names the movant itself, and printed both
 * ("DEFENDANT'S DEFENDANT'S MOTION"). A styling of the movant's own ("Appellant's Application")
 * is returned apart, for the order's "Appellant's [Plaintiff's]".
 */
export function splitMotionTitle(typed: string): { title: string; styledAs?: string } {
  const title = typed.replace(/\s+/g, " ").trim();
  const match = LEADING_POSSESSIVE.exec(title);
  if (!match) return { title };
  const rest = title.slice(match[0].length);
  return STYLINGS.test(match[1]!) ? { title: rest, styledAs: match[1]! } : { title: rest };
}

/** Words kept capitalized when a title runs in a sentence: this Court, its orders, months, rules and statutes. */
const KEEP =
  /^(?:Court|Court's|Court’s|January|February|March|April|May|June|July|August|September|October|November|December|Federal|Rules?|Civil|Criminal|Appellate|Procedure|Section|Circuit|Judge|Magistrate|United|States|Supreme|Amendment|Local|Code|Act)$/;

/**
 * A motion's title in running text: "Motion for Certification of Interlocutory Appeal" →
 * "motion for certification of interlocutory appeal". Kept as typed: words in capitals or with
 * digits ("FRAP", "59(e)"), the Court, months, rules, statutes, a word before a
 * number ("Rule 59(e)"), and the parties' own names.
 */
export function lowerTitle(title: string, properNames: readonly string[] = []): string {
  const proper = new Set(properNames.flatMap((name) => name.split(/[\s,]+/)).filter((word) => /^\p{Lu}/u.test(word)));
  return title.replace(/\b([A-Z][a-z]+(?:['’]s)?)\b(?=(\s+\S+)?)/g, (word, _w, next: string | undefined) => {
    if (KEEP.test(word) || proper.has(word) || proper.has(word.replace(/['’]s$/, ""))) return word;
    if (next && /^\s+[\d§(]/.test(next)) return word;
    return word.toLowerCase();
  });
}
