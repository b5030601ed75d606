import type { StyleProfile } from "@/lib/style/style-profile";
import type { Findings } from "@/lib/standards/types";
import { stayDecrees } from "./stay-decrees";

/** Disposition verbs in the chambers' form ("**DENIES**" in S.D. Cal., "DENIES" elsewhere). Markdown. */
export function verbsView(style: StyleProfile) {
  const verb = (word: string) => (style.boldDispositionVerbs ? `**${word}**` : word);
  return {
    denies: verb("DENIES"),
    grants: verb("GRANTS"),
    denied: verb("DENIED"),
    granted: verb("GRANTED"),
    denies_as_moot: verb("DENIES AS MOOT"),
    denied_as_moot_past: verb("DENIED AS MOOT"),
    certified: verb("CERTIFIED"),
    amended: verb("AMENDED"),
    stayed: verb("STAYED"),
    defers: verb("DEFERS"),
    deferred: verb("DEFERRED"),
    lifted: verb("LIFTED"),
    vacated: verb("VACATED"),
    granted_in_part: `${verb("GRANTED IN PART")} and ${verb("DENIED IN PART")}`,
  };
}

type Decree = { kind: string };

/** The decretal paragraphs for an order that grants anything (when all is denied, one sentence suffices). */
function decreesFor(findings: Findings): Decree[] {
  const decrees: Decree[] = [];
  const { reconsideration, certification } = findings;
  if (reconsideration.disposition === "granted" || reconsideration.disposition === "denied")
    decrees.push({ kind: `reconsideration-${reconsideration.disposition}` });
  if (certification.disposition === "granted" || certification.disposition === "denied")
    decrees.push({ kind: `certification-${certification.disposition}` });
  decrees.push(...stayDecrees(findings));
  if (certification.disposition === "granted") decrees.push({ kind: "petition-window" });
  return decrees;
}

/** The words that dispose of what was filed: a motion's by default (objections: filed-as-view.ts). */
export type DispositionWords = {
  grant: { title: string; present: string; past: string };
  deny: { title: string; present: string; past: string };
  /** "is" for a motion or one objection, "are" for objections. */
  is: string;
};

export const MOTION_WORDS: DispositionWords = {
  grant: { title: "Granting", present: "GRANTS", past: "granted" },
  deny: { title: "Denying", present: "DENIES", past: "denied" },
  is: "is",
};

/** The order's outcome words: title verb, introduction verb, decretal verb, not-reached sentence. */
export function outcomeView(findings: Findings, style: StyleProfile, words: DispositionWords = MOTION_WORDS) {
  const dispositions = [
    findings.certification.disposition,
    findings.reconsideration.disposition,
    findings.stay.disposition,
  ].filter((disposition) => disposition !== "not-requested");
  const partly = dispositions.includes("granted-in-part");
  const anyGranted = dispositions.includes("granted") || partly;
  // One sentence denies the motion as a whole only when nothing else needs a decree of its own: a
  // status report the court asks for, another party's motion to lift a stay.
  const allDenied =
    !anyGranted &&
    dispositions.every((disposition) => disposition === "denied" || disposition === "denied-as-moot") &&
    findings.stay.statusReport === undefined &&
    findings.stay.liftMovant === undefined;
  const granted = findings.certification.disposition === "granted";
  // Certification granted in part is itself a grant and a denial.
  const mixed =
    findings.certification.inPart ||
    partly ||
    (anyGranted && dispositions.some((disposition) => disposition === "denied" || disposition === "denied-as-moot"));
  const verb = (word: string) => (style.boldDispositionVerbs ? `**${word}**` : word);
  const { grant, deny } = words;
  const firstFailure = findings.certification.elements.find((element) => element.status === "not-met");
  // Nothing decided yet: the title and decree do not pretend the court denied.
  const undecided = findings.certification.disposition === "undecided";
  return {
    undecided,
    certification: findings.certification.disposition,
    basis: findings.certification.basis,
    all_denied: allDenied,
    amends_order: findings.certification.amendsOrderUnderReview,
    in_part: findings.certification.inPart,
    title_verb: mixed
      ? `${grant.title} in Part and ${deny.title} in Part`
      : anyGranted
        ? grant.title
        : undecided
          ? "on"
          : deny.title,
    intro_verb: mixed
      ? `${verb(grant.present)} in part and ${verb(deny.present)} in part`
      : verb(anyGranted ? grant.present : deny.present),
    should_be: mixed
      ? `should be ${grant.past} in part and ${deny.past} in part`
      : granted
        ? `should be ${grant.past}`
        : `${words.is} not well-taken and should be ${deny.past}`,
    lower_verb_past: mixed ? `${grant.past} in part and ${deny.past} in part` : anyGranted ? grant.past : deny.past,
    upper_verb_past: (mixed
      ? `${grant.past} in part and ${deny.past} in part`
      : anyGranted
        ? grant.past
        : deny.past
    ).toUpperCase(),
    not_reached_sentence: findings.certification.notReached.length > 0 && firstFailure !== undefined,
    first_failure: firstFailure?.element ?? "",
    decrees: decreesFor(findings),
    // Certification needs its own disposition sentence when other requests are decided apart from
    // it, or when a footnote disposing of the stay hangs from that sentence.
    separate_certification_disposition:
      findings.reconsideration.disposition !== "not-requested" ||
      (findings.stay.disposition !== "not-requested" && findings.stay.placement !== "with-motion"),
  };
}
