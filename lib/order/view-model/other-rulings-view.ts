import type { MotionDraft } from "@/lib/motion/schema";
import type { Direction, OtherRuling } from "@/lib/motion/other-rulings-schema";
import type { StyleProfile } from "@/lib/style/style-profile";
import { docketDirective } from "../directives";
import { escapeMarkdown } from "../escape-markdown";
import { designateParties } from "../party-names";
import { asPhrase, capitalizeFirst } from "./clerk-sentence";
import { splitMotionTitle } from "./motion-title";

/** Upper-case decree verbs for the further rulings, bold where the chambers bolds them. Markdown. */
function rulingVerbs(style: StyleProfile) {
  const verb = (word: string) => (style.boldDispositionVerbs ? `**${word}**` : word);
  return {
    granted: verb("GRANTED"),
    denied: verb("DENIED"),
    "denied-as-moot": verb("DENIED AS MOOT"),
    "granted-in-part": `${verb("GRANTED IN PART")} and ${verb("DENIED IN PART")}`,
    defers: verb("DEFERS"),
  };
}

/** One further ruling as the templates read it; names and titles are escaped Markdown. */
function rulingView(ruling: OtherRuling, index: number, draft: MotionDraft, verbs: ReturnType<typeof rulingVerbs>) {
  const all = draft.case.parties;
  const movants = all.filter((party) => (ruling.movantPartyIds ?? []).includes(party.id));
  const designation = movants.length > 0 ? designateParties(movants, all) : undefined;
  // A title typed with its period ("Motion to Strike.") ends mid-sentence in the decree: the period goes.
  const title = asPhrase(splitMotionTitle(ruling.titleAsFiled ?? "").title);
  const disposition = ruling.disposition ?? "";
  const reasons = ruling.reasons?.trim() ?? "";
  return {
    index,
    kind: ruling.kind ?? "other",
    /** The title as filed, or "" for the kind's own words (templates/1292b/partials/other-ruling-noun). */
    title: escapeMarkdown(title),
    // "Plaintiff's", or "the" when no movant is named (a motion the court raised or both sides filed unnamed).
    possessive: designation ? escapeMarkdown(designation.possessive) : "the",
    possessive_start: designation ? escapeMarkdown(designation.possessiveStart) : "The",
    docket_clause: ruling.docketNumber ? docketDirective([ruling.docketNumber], "clause") : "",
    disposition,
    verb: disposition === "" || disposition === "not-reached" || disposition === "deferred" ? "" : verbs[disposition],
    reasons,
    in_footnote: reasons !== "" && ruling.reasonsInFootnote === true,
    in_text: reasons !== "" && ruling.reasonsInFootnote !== true,
    footnote: `other-${index + 1}`,
  };
}

/** A clerk's direction for a decree: a phrase after "that", or a sentence of its own. Markdown after `clerk`. */
function directionView(direction: Direction) {
  const text = direction.text?.trim() ?? "";
  const numbers = direction.docketNumbers ?? [];
  return {
    kind: direction.kind ?? "other",
    docket_clause: numbers.length > 0 ? docketDirective(numbers, "clause") : "",
    is_plural: numbers.length > 1,
    // After "IT IS FURTHER ORDERED that": "The parties shall …" → "the parties shall …".
    clause: asPhrase(text).replace(/^The\b/, "the"),
    sentence: capitalizeFirst(asPhrase(text)),
    due_date: direction.dueDate ?? "",
  };
}

/**
 * The further rulings and directions of the order: their reasons (in the text or a footnote), and
 * one decree paragraph each after the certification's decrees. A ruling or direction the clerk left
 * blank prints nothing it would have to invent: readiness names what is missing.
 */
export function otherRulingsView(draft: MotionDraft, style: StyleProfile) {
  const verbs = rulingVerbs(style);
  const rulings = (draft.otherRulings ?? []).map((ruling, index) => rulingView(ruling, index, draft, verbs));
  const directions = (draft.directions ?? [])
    .map(directionView)
    .filter((direction) =>
      direction.kind === "close-motions" ? direction.docket_clause !== "" : direction.clause !== "",
    );
  return {
    rulings,
    directions,
    any: rulings.length > 0 || directions.length > 0,
    any_in_text: rulings.some((ruling) => ruling.in_text),
    any_in_footnote: rulings.some((ruling) => ruling.in_footnote),
    defers: verbs.defers,
  };
}
