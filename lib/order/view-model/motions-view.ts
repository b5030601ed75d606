import type { MotionDraft } from "@/lib/motion/schema";
import { docketDirective } from "../directives";
import { lowerTitle, splitMotionTitle } from "./motion-title";
import { latinView, movantView } from "./movant-view";
import { reliefView } from "./relief-view";

type Latin = ReturnType<typeof latinView>;
const DISPOSITIONS = { grant: "granted", deny: "denied" } as const;
const ORDINALS = ["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh"];

/**
 * Further motions decided in this order, after the first (`motion`), each named by its own movants
 * with its docket citation and disposition; and how the decree disposes of them: one paragraph each,
 * or one joint sentence when the court decides them together and every motion is decided alike.
 */
export function motionsView(
  draft: MotionDraft,
  latin: Latin,
  first: { disposition: string; title: string; styling: string },
) {
  const { disposition: firstDisposition, title: firstTitle, styling: firstStyling } = first;
  const properNames = draft.case.parties.flatMap((party) => [party.name, party.shortName ?? ""]);
  // How each motion's movants read, the first's included: a party's second motion is "its second motion".
  const possessives = [draft.motion, ...(draft.furtherMotions ?? [])].map(
    (motion) =>
      movantView({ ...draft, motion: { ...draft.motion, movantPartyIds: motion.movantPartyIds } }, latin, "")
        .possessive,
  );
  const reliefs = [draft.motion, ...(draft.furtherMotions ?? [])].map((motion) => (motion.reliefSought ?? "").trim());
  const further = (draft.furtherMotions ?? []).map((motion, index) => {
    const earlierBySame = possessives.slice(0, index + 1).filter((possessive) => possessive === possessives[index + 1]);
    const typed = splitMotionTitle(motion.titleAsFiled ?? "");
    const movant = movantView(
      { ...draft, motion: { ...draft.motion, movantPartyIds: motion.movantPartyIds } },
      latin,
      "",
    );
    const title = typed.title || "Motion for Certification of Interlocutory Appeal";
    return {
      // A party's second motion reads "Plaintiff's second motion", never a copy of the first's disposition.
      noun: earlierBySame.length > 0 ? `${ORDINALS[earlierBySame.length - 1]} motion` : "motion",
      possessive: movant.possessive,
      possessive_start: movant.possessive_start,
      /** Markdown: the movants as first named, defining any short name ("Defendant Smith Elliott … (“SEK”)"). */
      introduction: movant.introduction || movant.descriptor_possessive,
      defines_short_name: movant.introduction !== "",
      styled_possessive: movant.styled_possessive,
      title,
      title_lower: lowerTitle(title, properNames),
      docket_clause: motion.docketNumber ? docketDirective([motion.docketNumber], "clause") : "",
      docket_sentence: motion.docketNumber ? docketDirective([motion.docketNumber], "sentence") : "",
      // Relief typed as an earlier motion's is "the same relief", not its sentence again.
      relief: reliefView(reliefs.slice(0, index + 1).includes(reliefs[index + 1]!) ? "" : motion.reliefSought),
      s_seeks: movant.s_seeks,
      disposition: motion.decision ? DISPOSITIONS[motion.decision] : "",
      title_verb: motion.decision === "grant" ? "Granting" : motion.decision === "deny" ? "Denying" : "",
    };
  });
  const numbers = [draft.motion.docketNumber, ...(draft.furtherMotions ?? []).map((m) => m.docketNumber)];
  const alike =
    further.length > 0 &&
    (firstDisposition === "granted" || firstDisposition === "denied") &&
    further.every((motion) => motion.disposition === firstDisposition);
  // Every movant of every motion, named as one group ("Defendants'") where the title or a heading names them all.
  const everyMovant = [
    ...new Set([draft.motion.movantPartyIds, ...(draft.furtherMotions ?? []).map((m) => m.movantPartyIds)].flat()),
  ];
  const all = movantView({ ...draft, motion: { ...draft.motion, movantPartyIds: everyMovant } }, latin, "");
  const titles = new Set([firstTitle, ...further.map((motion) => motion.title)]);
  return {
    several: further.length > 0,
    further,
    together: draft.motionsDecidedTogether === true && alike,
    /** Every motion decided alike: the introduction rules on "the motions". */
    alike_should_be: alike
      ? firstDisposition === "granted"
        ? "should be granted"
        : "are not well-taken and should be denied"
      : "",
    /** The title's movants when the motions share a title: the first motion's styling, else every movant as one group. */
    title_possessives: firstStyling || all.styled_possessive,
    all_possessive_start: all.possessive_start,
    /** Markdown: "(Doc. Nos. 201, 202)" when every motion has its number. */
    joint_docket_clause: numbers.every(Boolean) ? docketDirective(numbers as string[], "clause") : "",
    /** The motions share one title and no ruling differs: the order's title names them once, in the plural. */
    title_joint:
      titles.size === 1 &&
      further.every((motion) => motion.disposition === "" || motion.disposition === firstDisposition),
    plural_title: firstTitle.replace(/\b(Motion|Application|Request|Petition)\b/, "$1s"),
  };
}

type Decree = { kind: string };

/**
 * The decrees with a paragraph for each further motion after the certification decree; none when
 * the court decides the motions together (the certification decree disposes of them all).
 */
export function withFurtherMotionDecrees<D extends Decree>(decrees: D[], motions: ReturnType<typeof motionsView>) {
  if (motions.together) return decrees;
  const paragraphs = motions.further
    .filter((motion) => motion.disposition !== "")
    .map((motion) => ({ kind: "further-motion", motion }));
  const at = decrees.findIndex((decree) => decree.kind.startsWith("certification-"));
  const rest = at < 0 ? decrees.length : at + 1;
  return [...decrees.slice(0, rest), ...paragraphs, ...decrees.slice(rest)];
}
