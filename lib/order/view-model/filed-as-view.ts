import type { MotionDraft } from "@/lib/motion/schema";
import type { StyleProfile } from "@/lib/style/style-profile";
import { MOTION_WORDS, type DispositionWords } from "./outcome-view";

const objected = (draft: MotionDraft) => draft.motion.filedAs === "objection";
/** "Objections to …" takes "are"; "Objection to …" and a motion take "is". */
const plural = (draft: MotionDraft) =>
  objected(draft) && /\bobjections\b/i.test(draft.motion.titleAsFiled ?? "objections");

/**
 * The verbs that dispose of what was filed: a motion is granted or denied; objections to a
 * magistrate judge's order are sustained or overruled, and agree in number with their title.
 * Markdown, bold where the chambers bolds its verbs.
 */
export function filedVerbsView(draft: MotionDraft, style: StyleProfile) {
  const verb = (word: string) => (style.boldDispositionVerbs ? `**${word}**` : word);
  const words = filedAsWords(draft);
  return {
    grants: verb(words.grant.present),
    denies: verb(words.deny.present),
    granted: verb(words.grant.past.toUpperCase()),
    denied: verb(words.deny.past.toUpperCase()),
    is: words.is,
  };
}

/** The words that dispose of what was filed, for the outcome: objections are sustained or overruled. */
export function filedAsWords(draft: MotionDraft): DispositionWords {
  if (!objected(draft)) return MOTION_WORDS;
  return {
    grant: { title: "Sustaining", present: "SUSTAINS", past: "sustained" },
    deny: { title: "Overruling", present: "OVERRULES", past: "overruled" },
    is: plural(draft) ? "are" : "is",
  };
}

/** Objections are named by their filed title wherever the order names what was filed. */
export function filedAsNaming(draft: MotionDraft) {
  if (!objected(draft)) return {};
  return { by_title: true, decree_by_title: true, noun: plural(draft) ? "objections" : "objection" };
}
