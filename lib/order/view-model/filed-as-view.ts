import type { MotionDraft } from "@/lib/motion/schema";
import type { StyleProfile } from "@/lib/style/style-profile";
import type { outcomeView } from "./outcome-view";

type Outcome = ReturnType<typeof outcomeView>;

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
  const objection = objected(draft);
  return {
    grants: verb(objection ? "SUSTAINS" : "GRANTS"),
    denies: verb(objection ? "OVERRULES" : "DENIES"),
    granted: verb(objection ? "SUSTAINED" : "GRANTED"),
    denied: verb(objection ? "OVERRULED" : "DENIED"),
    is: plural(draft) ? "are" : "is",
  };
}

/** The outcome's words for objections: "Overruling", "OVERRULES", "should be overruled"; a motion's unchanged. */
export function filedAsOutcome(outcome: Outcome, draft: MotionDraft, style: StyleProfile): Outcome {
  if (!objected(draft)) return outcome;
  const verbs = filedVerbsView(draft, style);
  const swap = (words: string) =>
    words
      .replace(/Granting/g, "Sustaining")
      .replace(/Denying/g, "Overruling")
      .replace(/GRANTED/g, "SUSTAINED")
      .replace(/DENIED/g, "OVERRULED")
      .replace(/\bgranted\b/g, "sustained")
      .replace(/\bdenied\b/g, "overruled");
  const intro = outcome.intro_verb.replace(/GRANTS/g, "SUSTAINS").replace(/DENIES/g, "OVERRULES");
  return {
    ...outcome,
    title_verb: swap(outcome.title_verb),
    intro_verb: intro,
    should_be: swap(outcome.should_be).replace(/^is /, `${verbs.is} `),
    lower_verb_past: swap(outcome.lower_verb_past),
    upper_verb_past: swap(outcome.upper_verb_past),
  };
}

/** Objections are named by their filed title wherever the order names what was filed. */
export function filedAsNaming(draft: MotionDraft) {
  if (!objected(draft)) return {};
  return { by_title: true, decree_by_title: true, noun: plural(draft) ? "objections" : "objection" };
}
